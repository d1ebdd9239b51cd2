package dev.evtlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a whole input that a repository or a caller may have made hostile without hanging or
 * running out of memory: a file only when it is a regular file (a FIFO would wait for a writer
 * forever, {@code /dev/zero} never ends), and never more than a limit, also where the size the
 * file system reports is wrong ({@code /proc} files say 0) or unknown (a pipe).
 */
public final class BoundedInput {

    private BoundedInput() {
    }

    /** A FIFO, socket, device or folder where a file's content was expected. */
    public static final class NotRegularFile extends FileSystemException {
        private static final long serialVersionUID = 1L;

        NotRegularFile(Path file) {
            super(file.toString(), null, "not a regular file (a FIFO, socket or device)");
        }
    }

    /** More bytes than the limit. */
    public static final class TooLarge extends FileSystemException {
        private static final long serialVersionUID = 1L;
        private final long size;

        TooLarge(String name, long size, long limit) {
            super(name, null, size < 0 ? String.format("larger than the limit of %,d bytes", limit)
                    : String.format("too large (%,d bytes; the limit is %,d)", size, limit));
            this.size = size;
        }

        /** The size the file system gave, or -1 when only reading found it too large. */
        public long size() {
            return size;
        }
    }

    /**
     * All of {@code file}, following links.
     *
     * @throws NotRegularFile when it is not a regular file
     * @throws TooLarge       when it holds more than {@code limit} bytes
     */
    public static byte[] file(Path file, int limit) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotRegularFile(file);
        }
        if (attributes.size() > limit) {
            throw new TooLarge(file.toString(), attributes.size(), limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return stream(in, limit, file.toString());
        }
    }

    /**
     * All of {@code in}, which the caller closes.
     *
     * @param name what the exception names, such as {@code standard input}
     * @throws TooLarge when it holds more than {@code limit} bytes
     */
    public static byte[] stream(InputStream in, int limit, String name) throws IOException {
        byte[] bytes = in.readNBytes(limit);
        if (bytes.length == limit && in.read() >= 0) {
            throw new TooLarge(name, -1, limit);
        }
        return bytes;
    }
}
