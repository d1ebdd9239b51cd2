package dev.evtlint.source;

import dev.evtlint.ast.SourceFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Turns the bytes of a script into a {@link SourceFile}, or says precisely why it cannot: evtlint
 * reads UTF-8 (PostgreSQL scripts' usual encoding), with or without a byte order mark, and
 * UTF-16 when a byte order mark says so or, without one, when the file starts with an ASCII
 * character in UTF-16 (a NUL byte beside a non-NUL one; no SQL script starts with a NUL). Any
 * other file with NUL bytes is binary; a file that is not valid UTF-8 is reported with the byte and
 * line of the first bad sequence, never guessed at (PostgreSQL refuses it as well). See
 * docs/robustness.md.
 */
public final class SourceReader {
    /** Files above this size are reported instead of read. */
    public static final int DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

    private static final int CHECK_BUFFER_CHARS = 8192;

    private final int maxBytes;

    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The outcome of reading one file: a source or a problem, never both. */
    public record Outcome(SourceFile source, String problem) {
        public boolean ok() {
            return source != null;
        }
    }

    public Outcome read(Path path, String displayPath) {
        try {
            return decode(BoundedInput.file(path, maxBytes), path, displayPath);
        } catch (BoundedInput.NotRegularFile e) {
            return problem("not a regular file (a FIFO, socket or device); not analysed");
        } catch (BoundedInput.TooLarge e) {
            return problem(e.size() < 0 ? String.format("file is too large to analyse (the limit is %,d bytes)", maxBytes)
                    : String.format("file is too large to analyse (%,d bytes; the limit is %,d)", e.size(), maxBytes));
        } catch (IOException e) {
            return problem("cannot read file: " + IoFailure.reason(e));
        }
    }

    public Outcome decode(byte[] bytes, Path path, String displayPath) {
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            boolean bigEndian = bytes[0] == (byte) 0xFE;
            String text = utf16(bytes, 2, bigEndian);
            SourceFile.Encoding encoding = bigEndian ? SourceFile.Encoding.UTF_16BE_BOM : SourceFile.Encoding.UTF_16LE_BOM;
            return text != null ? new Outcome(new SourceFile(path, displayPath, text, encoding), null)
                    : problem("not valid " + (bigEndian ? "UTF-16BE" : "UTF-16LE")
                    + " (an odd number of bytes, an unpaired surrogate or a NUL character); convert the file to UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0)) {
            boolean bigEndian = bytes[0] == 0;
            String text = utf16(bytes, 0, bigEndian);
            if (text != null) {
                return new Outcome(new SourceFile(path, displayPath, text,
                        bigEndian ? SourceFile.Encoding.UTF_16BE : SourceFile.Encoding.UTF_16LE), null);
            }
            // Not UTF-16 after all: the NUL byte makes it binary below.
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int nul = indexOfNul(bytes, offset);
        if (nul >= 0) {
            return problem("binary file (NUL byte at offset " + nul + "); not analysed");
        }
        int nonAscii = firstNonAscii(bytes, offset);
        int bad = nonAscii < 0 ? -1 : firstInvalidUtf8(bytes, nonAscii);
        if (bad >= 0) {
            return problem(String.format("not valid UTF-8: byte 0x%02X at offset %d (line %d); convert the file to UTF-8",
                    bytes[bad] & 0xFF, bad, lineOf(bytes, offset, bad)));
        }
        // Valid, so the fast decoder that would replace bad bytes replaces none; it needs no char[] of twice the size.
        return new Outcome(new SourceFile(path, displayPath, new String(bytes, offset, bytes.length - offset,
                StandardCharsets.UTF_8), offset > 0 ? SourceFile.Encoding.UTF_8_BOM : SourceFile.Encoding.UTF_8), null);
    }

    /** Strict UTF-16 from {@code offset}, or null for an odd length, an unpaired surrogate or a NUL character. */
    private static String utf16(byte[] bytes, int offset, boolean bigEndian) {
        CharsetDecoder decoder = (bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return text.indexOf('\0') >= 0 ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Outcome problem(String message) {
        return new Outcome(null, message);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The offset of the first byte of the first sequence that is not valid UTF-8, or -1. It decodes
     * into a small buffer, over and over: checking a large file must not hold it decoded twice.
     */
    private static int firstInvalidUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(Math.min(CHECK_BUFFER_CHARS, bytes.length - from));
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        return result.isError() ? in.position() : -1;
    }

    /** ASCII is valid UTF-8: most scripts need no decoder to tell. */
    private static int firstNonAscii(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(byte[] bytes, int from, int offset) {
        int line = 1;
        for (int i = from; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
