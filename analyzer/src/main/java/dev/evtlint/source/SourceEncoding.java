package dev.evtlint.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * How a script's bytes hold its text, as {@link SourceReader} tells: UTF-8 with or without a byte
 * order mark, UTF-16 with one, or UTF-16 without one when a NUL byte stands beside a non-NUL one at
 * the start. Writing a changed text back in the same form keeps the file's encoding and mark.
 */
public final class SourceEncoding {
    private static final byte[] UTF8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] mark;
    private final Charset charset;

    private SourceEncoding(byte[] mark, Charset charset) {
        this.mark = mark;
        this.charset = charset;
    }

    /** The form of {@code bytes}, a file that {@link SourceReader} decodes. */
    public static SourceEncoding of(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new SourceEncoding(Arrays.copyOf(bytes, 2), StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new SourceEncoding(Arrays.copyOf(bytes, 2), StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] == 0) != (bytes[1] == 0)) {
            return new SourceEncoding(new byte[0], bytes[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        boolean marked = bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_MARK, 0, 3);
        return new SourceEncoding(marked ? UTF8_MARK : new byte[0], StandardCharsets.UTF_8);
    }

    /** {@code text} in this form, mark first. */
    public byte[] encode(String text) {
        byte[] body = text.getBytes(charset);
        byte[] bytes = Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        return bytes;
    }
}
