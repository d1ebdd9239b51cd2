package dev.evtlint.report;

import dev.evtlint.ast.SourceFile;
import java.util.List;

/**
 * The line hashes of a file, computed once and kept with the file. upload-sarif hashes the file
 * on disk decoded as UTF-8, byte order mark included; {@link SourceFile#text()} has no BOM (and
 * may come from UTF-16), so they are hashes of {@link SourceFile#bytesAsUtf8()}: the bytes read
 * when the file was parsed, not whatever the file holds by the time of the report.
 */
final class FileLineHashes {
    /** The key of the hashes among what a {@link SourceFile} remembers. */
    private static final Object LINE_HASHES = new Object();

    private FileLineHashes() {
    }

    /**
     * The hash of a 1-based line, or null when there is none: a value upload-sarif would not
     * compute is worse than no value, because it keeps what it finds.
     */
    static String hash(SourceFile file, int line) {
        List<String> hashes = file.remember(LINE_HASHES, () -> LineHashes.of(file.bytesAsUtf8()));
        return line >= 1 && line <= hashes.size() ? hashes.get(line - 1) : null;
    }
}
