package dev.evtlint.ast;

/**
 * Where a node stands in the file on disk: character offsets (end exclusive) and 1-based lines and
 * columns in UTF-16 code units (end column exclusive), as SARIF regions count them.
 */
public record SourceRange(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn) {

    public boolean contains(SourceRange other) {
        return startOffset <= other.startOffset && other.endOffset <= endOffset;
    }

    /** The smallest range covering this one and {@code other}. */
    public SourceRange to(SourceRange other) {
        SourceRange first = startOffset <= other.startOffset ? this : other;
        SourceRange last = endOffset >= other.endOffset ? this : other;
        return new SourceRange(first.startOffset, last.endOffset, first.startLine, first.startColumn,
                last.endLine, last.endColumn);
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
