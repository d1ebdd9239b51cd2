package dev.evtlint.parse;

import dev.evtlint.ast.SourceRange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A syntax tree as canonical text: every node with its kind, its range (offsets and line:column)
 * and every component by name, one per line, indented by depth. Read from the records' own
 * components, so a component added to a node is printed without changing this class, and two trees
 * print the same exactly when they are equal (toString of the nodes abbreviates some of them).
 */
final class AstText {
    private AstText() {
    }

    static String of(Object tree) {
        StringBuilder out = new StringBuilder();
        write(out, tree, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value instanceof SourceRange range) {
            out.append(range.startOffset()).append('-').append(range.endOffset()).append(" (").append(range).append(')');
        } else if (value instanceof Record node) {
            writeRecord(out, node, depth);
        } else if (value instanceof List<?> list) {
            writeList(out, list, depth);
        } else if (value instanceof String text) {
            out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
        } else {
            out.append(value);
        }
    }

    private static void writeRecord(StringBuilder out, Record node, int depth) {
        out.append(node.getClass().getSimpleName());
        for (RecordComponent component : node.getClass().getRecordComponents()) {
            Object value = valueOf(node, component);
            newLine(out, depth + 1).append(component.getName()).append(value instanceof List<?> list && !list.isEmpty() ? ":" : ": ");
            write(out, value, depth + 1);
        }
    }

    private static void writeList(StringBuilder out, List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
        }
        for (Object element : list) {
            // a list at the top starts the text; elsewhere it follows its component's name
            (out.isEmpty() ? out : newLine(out, depth + 1)).append("- ");
            write(out, element, depth + 1);
        }
    }

    private static StringBuilder newLine(StringBuilder out, int depth) {
        return out.append('\n').append("  ".repeat(depth));
    }

    private static Object valueOf(Record node, RecordComponent component) {
        try {
            return component.getAccessor().invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(component + " of " + node.getClass(), e);
        }
    }
}
