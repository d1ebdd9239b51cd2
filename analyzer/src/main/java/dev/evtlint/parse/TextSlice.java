package dev.evtlint.parse;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;

/**
 * A region of text handed to a parser, and the way back from the parser's indexes to offsets in
 * the file on disk. The text is the file's own text (or a copy with the same offsets), or the
 * value of a quoted function body with an index of where each of its characters stands.
 */
final class TextSlice {
    private final SourceFile file;
    private final String text;
    private final int start;
    private final int end;
    private final int[] fileOffsets;
    /** Where text[0] stands in the domain of {@code fileOffsets} (or of the file): non-zero for edited copies. */
    private final int origin;

    private TextSlice(SourceFile file, String text, int start, int end, int[] fileOffsets, int origin) {
        this.file = file;
        this.text = text;
        this.start = start;
        this.end = end;
        this.fileOffsets = fileOffsets;
        this.origin = origin;
    }

    /** A region of text whose offsets are the file's offsets. */
    static TextSlice inFile(SourceFile file, String sameOffsetsText, int start, int end) {
        return new TextSlice(file, sameOffsetsText, start, end, null, 0);
    }

    /** Text whose character {@code i} stands at offset {@code fileOffsets[i]} of the file. */
    static TextSlice mapped(SourceFile file, String text, int[] fileOffsets) {
        return new TextSlice(file, text, 0, text.length(), fileOffsets, 0);
    }

    /** A sub-region, in indexes relative to this slice's start. */
    TextSlice sub(int relativeStart, int relativeEnd) {
        return new TextSlice(file, text, start + relativeStart, start + relativeEnd, fileOffsets, origin);
    }

    /**
     * A copy of this region with the characters in [relativeStart, relativeEnd) replaced by
     * {@code replacement} (padded with spaces), keeping every offset: used to blank out PL/pgSQL's
     * INTO clause and to read PERFORM as SELECT.
     */
    TextSlice edited(int relativeStart, int relativeEnd, String replacement) {
        char[] copy = text.substring(start, end).toCharArray();
        for (int i = relativeStart; i < relativeEnd; i++) {
            int k = i - relativeStart;
            char c = copy[i];
            copy[i] = k < replacement.length() ? replacement.charAt(k) : (c == '\n' || c == '\r') ? c : ' ';
        }
        return new TextSlice(file, new String(copy), 0, copy.length, fileOffsets, origin + start);
    }

    SourceFile file() {
        return file;
    }

    String text() {
        return text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    int length() {
        return end - start;
    }

    Utf16CharStream charStream() {
        return new Utf16CharStream(text, start, end);
    }

    String substring(int relativeStart, int relativeEnd) {
        return text.substring(start + relativeStart, start + relativeEnd);
    }

    /** The file offset of the character at a relative index. */
    int fileOffset(int relativeIndex) {
        int index = origin + start + relativeIndex;
        if (fileOffsets == null) {
            return index;
        }
        if (fileOffsets.length == 0) {
            return 0;
        }
        return fileOffsets[Math.max(0, Math.min(index, fileOffsets.length - 1))];
    }

    /** The file offset just past the character before a relative index (an exclusive end). */
    int fileEndOffset(int relativeEnd) {
        if (fileOffsets == null) {
            return origin + start + relativeEnd;
        }
        return origin + start + relativeEnd == 0 ? fileOffset(0) : fileOffset(relativeEnd - 1) + 1;
    }

    /** The range in the file between two relative indexes, end exclusive. */
    SourceRange range(int relativeStart, int relativeEnd) {
        return file.range(fileOffset(relativeStart), fileEndOffset(relativeEnd));
    }
}
