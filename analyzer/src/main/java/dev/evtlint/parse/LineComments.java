package dev.evtlint.parse;

import java.util.List;

/**
 * The {@code --} comments of SQL or PL/pgSQL text, found the way psql splits scripts: a
 * {@code --} inside a string, a quoted identifier, a dollar quote or a block comment starts none.
 * The lexers skip comments, so this is where the comments that mean something to evtlint (its
 * suppressions) are found.
 */
public final class LineComments {

    /** A comment from its {@code --} to the end of its line (end exclusive, trailing blanks left out). */
    public record Span(int start, int end) {
    }

    private LineComments() {
    }

    /** The comments of {@code text}, in order, with offsets into {@code text}. */
    public static List<Span> in(String text) {
        return ScriptSplitter.split(text).lineComments().stream()
                .map(comment -> new Span(comment.start(), comment.end()))
                .toList();
    }
}
