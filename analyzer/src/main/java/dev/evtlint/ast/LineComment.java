package dev.evtlint.ast;

/**
 * A {@code --} comment of a script or of a PL/pgSQL body, as the parser skipped it: from its
 * {@code --} to the end of its line, trailing blanks left out, in offsets of the file (end
 * exclusive). Kept from the first read because some comments mean something to evtlint (its
 * suppressions), and finding them again would mean reading the text again.
 */
public record LineComment(int startOffset, int endOffset) {
}
