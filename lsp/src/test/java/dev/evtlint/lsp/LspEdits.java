package dev.evtlint.lsp;

import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/** Applies LSP text edits to a text, as an editor does: all against the original, the last first. */
final class LspEdits {
    private LspEdits() {
    }

    static String apply(String text, List<TextEdit> edits) {
        StringBuilder result = new StringBuilder(text);
        List<TextEdit> lastFirst = edits.stream()
                .sorted(Comparator.comparing((TextEdit e) -> offset(text, e.getRange().getStart())).reversed()).toList();
        for (TextEdit edit : lastFirst) {
            result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
        }
        return result.toString();
    }

    private static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }
}
