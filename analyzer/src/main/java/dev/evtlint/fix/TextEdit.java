package dev.evtlint.fix;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;

/** Replaces the text in [startOffset, endOffset) of a file with {@code newText}; an insertion when both are equal. */
public record TextEdit(SourceFile file, int startOffset, int endOffset, String newText) {

    public static TextEdit insert(SourceFile file, int offset, String text) {
        return new TextEdit(file, offset, offset, text);
    }

    /** The replaced range, in the lines and columns of the file before the edit. */
    public SourceRange range() {
        return file.range(startOffset, endOffset);
    }
}
