package dev.evtlint.pipeline;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.report.AtomicFile;
import dev.evtlint.source.IoFailure;
import dev.evtlint.source.SourceEncoding;
import dev.evtlint.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Optional;

/**
 * Writes a fixed script over its file, as {@link AtomicFile} writes reports (a temporary file
 * renamed over it: readers see the old text or the new, and the permissions stay), in the file's
 * own encoding and byte order mark; line endings are the text's own. It leaves alone a file that a
 * fix must not write through: a symbolic link (the fix would replace the link, or write where it
 * points, outside what was checked), anything but a regular file, a file whose bytes no longer
 * hold the text that was checked (someone changed it meanwhile), and one whose encoding cannot give
 * back its own bytes.
 */
public final class FixedScriptWriter {

    private FixedScriptWriter() {
    }

    /** Writes {@code fixed}; the reason it did not, or empty when it did. */
    public static Optional<String> write(FixOutcome.FixedScript fixed) {
        SourceFile original = fixed.original();
        Path path = original.path();
        if (path == null) {
            return Optional.of("standard input is not a file");
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                return Optional.of("it is a symbolic link");
            }
            if (!attributes.isRegularFile()) {
                return Optional.of("it is not a regular file");
            }
            byte[] bytes = Files.readAllBytes(path);
            SourceReader.Outcome now = new SourceReader().decode(bytes, path, original.displayPath());
            if (!now.ok() || !now.source().text().equals(original.text())) {
                return Optional.of("it changed on disk since evtlint read it");
            }
            SourceEncoding encoding = SourceEncoding.of(bytes);
            if (!Arrays.equals(encoding.encode(original.text()), bytes)) {
                return Optional.of("its encoding cannot be kept");
            }
            AtomicFile.write(path, out -> out.write(encoding.encode(fixed.text())));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot write it: " + IoFailure.reason(e));
        }
    }
}
