package dev.evtlint.report;

import dev.evtlint.ast.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line hashes of each file of a report, computed once per file. upload-sarif hashes the file
 * on disk decoded as UTF-8, byte order mark included; {@link SourceFile#text()} has no BOM (and
 * may come from UTF-16), so the bytes are read again. Text without a file is hashed as it is.
 */
final class FileLineHashes {
    private final Path workingDirectory;
    private final Map<SourceFile, List<String>> byFile = new HashMap<>();

    /** @param workingDirectory what relative file paths are relative to */
    FileLineHashes(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /**
     * The hash of a 1-based line, or null when there is none: a value upload-sarif would not
     * compute is worse than no value, because it keeps what it finds.
     */
    String hash(SourceFile file, int line) {
        List<String> hashes = byFile.computeIfAbsent(file, this::compute);
        return line >= 1 && line <= hashes.size() ? hashes.get(line - 1) : null;
    }

    private List<String> compute(SourceFile file) {
        if (file.path() == null) {
            return LineHashes.of(file.text());
        }
        try {
            byte[] bytes = Files.readAllBytes(workingDirectory.resolve(file.path()));
            return LineHashes.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }
}
