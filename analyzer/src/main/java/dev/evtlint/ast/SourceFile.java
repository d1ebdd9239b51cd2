package dev.evtlint.ast;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One analysed file: its decoded text (without a byte order mark) and the path to show for it.
 * Offsets, lines and columns of every range refer to this text, which matches the file on disk
 * as editors show it.
 */
public final class SourceFile {
    private static final int MIN_RECENT_RANGES = 16;
    private static final int MAX_RECENT_RANGES = 256;

    /**
     * How the bytes of a file became its text. With the text it gives the bytes back exactly
     * (decoding was strict), so what was read once need not be read again ({@link #bytesAsUtf8()}).
     */
    public enum Encoding {
        UTF_8(StandardCharsets.UTF_8, ""),
        UTF_8_BOM(StandardCharsets.UTF_8, "\uFEFF"),
        UTF_16BE(StandardCharsets.UTF_16BE, ""),
        UTF_16BE_BOM(StandardCharsets.UTF_16BE, "\uFEFF"),
        UTF_16LE(StandardCharsets.UTF_16LE, ""),
        UTF_16LE_BOM(StandardCharsets.UTF_16LE, "\uFEFF");

        private final Charset charset;
        private final String byteOrderMark;

        Encoding(Charset charset, String byteOrderMark) {
            this.charset = charset;
            this.byteOrderMark = byteOrderMark;
        }
    }

    private final Path path;
    private final String displayPath;
    private final String text;
    private final Encoding encoding;
    private final LineIndex lines;
    /**
     * Ranges made lately, by a hash of their offsets: nested parse contexts often span the same
     * tokens (a column reference, its qualified name, its identifier), and sharing one range object
     * among them keeps the ASTs of large scripts smaller: ranges were their largest part
     * (docs/performance.md). Racy by design: ranges are immutable records, so a thread sees a whole
     * range or none, and a lost entry only costs a new range. A slot per 16 characters, up to 256: a
     * table stays with its file, and thousands of small files each kept a kilobyte of it.
     */
    private final SourceRange[] recentRanges;
    /**
     * Answers to questions about the whole file ({@link #contains(Pattern)}, {@link #remember}):
     * asked once per statement, worked out once per file.
     */
    private final Map<Object, Object> remembered = new ConcurrentHashMap<>();

    /** Text read as UTF-8 without a byte order mark, or text that does not come from bytes. */
    public SourceFile(Path path, String displayPath, String text) {
        this(path, displayPath, text, Encoding.UTF_8);
    }

    public SourceFile(Path path, String displayPath, String text, Encoding encoding) {
        this.path = path;
        this.displayPath = Objects.requireNonNull(displayPath);
        this.text = Objects.requireNonNull(text);
        this.encoding = Objects.requireNonNull(encoding);
        this.lines = LineIndex.of(text);
        this.recentRanges = new SourceRange[Math.min(MAX_RECENT_RANGES,
                Integer.highestOneBit(Math.max(MIN_RECENT_RANGES, text.length() / 16)))];
    }

    /** For text that does not come from a file (tests, standard input). */
    public static SourceFile ofText(String displayPath, String text) {
        return new SourceFile(null, displayPath, text);
    }

    /** The path on disk, or null for standard input and in-memory text. */
    public Path path() {
        return path;
    }

    /** The path as reports show it: relative to the working directory, with '/' separators. */
    public String displayPath() {
        return displayPath;
    }

    /** The file's name without its folders. */
    public String fileName() {
        return displayPath.substring(displayPath.lastIndexOf('/') + 1);
    }

    public String text() {
        return text;
    }

    /**
     * The bytes the text was read from, decoded as UTF-8 whatever their encoding, as tools that
     * know no other read them (GitHub's upload-sarif): the byte order mark stays, and UTF-16 turns
     * into what UTF-8 makes of its bytes. Worked out from the text, so a file changed on disk since
     * it was read does not change it.
     */
    public String bytesAsUtf8() {
        if (encoding == Encoding.UTF_8) {
            return text;
        }
        String withMark = encoding.byteOrderMark + text;
        return encoding.charset == StandardCharsets.UTF_8 ? withMark
                : new String(withMark.getBytes(encoding.charset), StandardCharsets.UTF_8);
    }

    public LineIndex lines() {
        return lines;
    }

    /**
     * Whether {@code pattern} occurs anywhere in the text; searched once per file and pattern, on
     * whichever thread asks first.
     */
    public boolean contains(Pattern pattern) {
        return remember(pattern, () -> pattern.matcher(text).find());
    }

    /**
     * The answer to {@code question} about this file: worked out by {@code answer} the first time,
     * on whichever thread asks first, and kept with the file. {@code question} is a key of its own
     * kind (a pattern, a constant of the class that asks), so that two questions never share one.
     */
    @SuppressWarnings("unchecked")
    public <T> T remember(Object question, Supplier<T> answer) {
        return (T) remembered.computeIfAbsent(question, q -> answer.get());
    }

    /** The range between two offsets, end exclusive. */
    public SourceRange range(int start, int end) {
        int safeEnd = Math.max(start, end);
        int slot = (start * 31 + safeEnd) & (recentRanges.length - 1);
        SourceRange recent = recentRanges[slot];
        if (recent != null && recent.startOffset() == start && recent.endOffset() == safeEnd) {
            return recent;
        }
        int startLine = lines.line(start);
        int endLine = lines.line(safeEnd);
        SourceRange range = new SourceRange(start, safeEnd, startLine, lines.column(start, startLine), endLine,
                lines.column(safeEnd, endLine));
        recentRanges[slot] = range;
        return range;
    }

    /** The text of a 1-based line without its terminator. */
    public String lineText(int line) {
        return text.substring(lines.lineStart(line), lines.lineEnd(line, text));
    }

    public String text(SourceRange range) {
        return text.substring(range.startOffset(), range.endOffset());
    }

    @Override
    public String toString() {
        return displayPath;
    }
}
