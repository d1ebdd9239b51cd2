package dev.evtlint.rule;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;

/** Replaces the text in [startOffset, endOffset) of a file with {@code newText}; an insertion when both are equal. */
public record TextEdit(SourceFile file, int startOffset, int endOffset, String newText) {

    public static TextEdit insert(SourceFile file, int offset, String text) {
        return new TextEdit(file, offset, offset, text);
    }

    /**
     * {@code line} on a line of its own just before {@code statement}, indented as the statement's
     * line: above that line when the statement starts it, else between what precedes the statement
     * and it. The file's own line ending is kept.
     */
    public static TextEdit lineBefore(SourceFile file, SourceRange statement, String line) {
        String text = file.text();
        int lineStart = file.lines().lineStart(statement.startLine());
        int indentEnd = lineStart;
        while (indentEnd < statement.startOffset() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
            indentEnd++;
        }
        String indent = text.substring(lineStart, indentEnd);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        if (indentEnd == statement.startOffset()) {
            return insert(file, lineStart, indent + line + newline);
        }
        return insert(file, statement.startOffset(), newline + indent + line + newline + indent);
    }

    /** The replaced range, in the lines and columns of the file before the edit. */
    public SourceRange range() {
        return file.range(startOffset, endOffset);
    }
}
