package dev.evtlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evtlint.source.IoFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void createsMissingFoldersAndReplacesTheOldContentWithoutLeavingATemporaryFile() throws IOException {
        Path report = dir.resolve("target/reports/evtlint.sarif");
        AtomicFile.write(report, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
        AtomicFile.write(report, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(report));
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList());
        }
    }

    @Test
    void aFileWhereAFolderMustBeIsSaidInWords() throws IOException {
        Files.writeString(dir.resolve("target"), "a file, not a folder");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFile.write(dir.resolve("target/evtlint.sarif"), out -> out.write('x')));
        assertEquals(dir.resolve("target") + " is not a directory", IoFailure.reason(e));
    }
}
