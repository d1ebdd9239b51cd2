package dev.evtlint.config;

import dev.evtlint.source.BoundedInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * The text of a configuration or run order file: a regular file of at most a limit
 * ({@link BoundedInput}), UTF-8 with or without a byte order mark (editors on Windows add one).
 */
final class ConfigText {
    private static final int BYTE_ORDER_MARK = 3;

    private ConfigText() {
    }

    /** @throws IOException with a reason for {@link dev.evtlint.source.IoFailure}, also for text that is not UTF-8 */
    static String read(Path file, int limit) throws IOException {
        byte[] bytes = BoundedInput.file(file, limit);
        int start = bytes.length >= BYTE_ORDER_MARK && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? BYTE_ORDER_MARK : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, text, true);
        if (result.isError()) {
            throw new FileSystemException(file.toString(), null, String.format(
                    "not valid UTF-8: byte 0x%02X at offset %d; save it as UTF-8", bytes[in.position()] & 0xFF, in.position()));
        }
        return text.flip().toString();
    }
}
