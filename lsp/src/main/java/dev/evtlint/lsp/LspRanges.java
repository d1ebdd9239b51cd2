package dev.evtlint.lsp;

import dev.evtlint.ast.SourceRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * evtlint's ranges (1-based lines and columns in UTF-16 code units, end exclusive) as LSP's
 * (0-based, UTF-16, end exclusive): the same places, counted from zero.
 */
final class LspRanges {
    private LspRanges() {
    }

    static Range of(SourceRange range) {
        return new Range(new Position(range.startLine() - 1, range.startColumn() - 1),
                new Position(range.endLine() - 1, range.endColumn() - 1));
    }

    /** Whether {@code position} lies in {@code range} (its end included: the cursor just after a word is on it). */
    static boolean contains(SourceRange range, Position position) {
        Range lsp = of(range);
        return !before(position, lsp.getStart()) && !before(lsp.getEnd(), position);
    }

    /** Whether two ranges share a position. */
    static boolean overlaps(SourceRange range, Range other) {
        Range lsp = of(range);
        return !before(lsp.getEnd(), other.getStart()) && !before(other.getEnd(), lsp.getStart());
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
    }
}
