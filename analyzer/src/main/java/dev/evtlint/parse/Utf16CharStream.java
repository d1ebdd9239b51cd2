package dev.evtlint.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A char stream over a region of a string that counts in UTF-16 code units, as Java strings and
 * SARIF columns do. ANTLR's own streams count code points, which would shift every offset after a
 * character outside the Basic Multilingual Plane. Indexes are relative to the region's start.
 */
final class Utf16CharStream implements CharStream {
    private final String text;
    private final int start;
    private final int size;
    private int position;

    Utf16CharStream(String text, int start, int end) {
        this.text = text;
        this.start = start;
        this.size = end - start;
    }

    @Override
    public void consume() {
        if (position >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public int LA(int i) {
        if (i == 0) {
            return 0;
        }
        int index = i > 0 ? position + i - 1 : position + i;
        if (index < 0 || index >= size) {
            return IntStream.EOF;
        }
        return text.charAt(start + index);
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // Nothing to release: the whole text is in memory.
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = Math.min(Math.max(index, 0), size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }

    @Override
    public String getText(Interval interval) {
        int from = Math.max(interval.a, 0);
        int to = Math.min(interval.b, size - 1);
        return from > to ? "" : text.substring(start + from, start + to + 1);
    }
}
