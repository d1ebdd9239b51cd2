package dev.evtlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.report.ReportFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    private static final Path TARGET = Path.of("/project/target");

    @Test
    void eachFormatGetsItsOwnExtension() {
        Path outputFile = TARGET.resolve("evtlint.sarif");
        assertEquals(TARGET.resolve("evtlint.sarif"), ReportFiles.fileFor(outputFile, ReportFormat.SARIF));
        assertEquals(TARGET.resolve("evtlint.json"), ReportFiles.fileFor(outputFile, ReportFormat.JSON));
        assertEquals(TARGET.resolve("evtlint.txt"), ReportFiles.fileFor(outputFile, ReportFormat.TEXT));
        assertEquals(TARGET.resolve("lint.json"), ReportFiles.fileFor(TARGET.resolve("lint"), ReportFormat.JSON));
        assertEquals(TARGET.resolve(".lint.json"), ReportFiles.fileFor(TARGET.resolve(".lint"), ReportFormat.JSON));
    }

    /** text and github once both wrote evtlint.txt and failed the build; annotations belong in the log. */
    @Test
    void textGoesToItsFileAndGithubAnnotationsToStandardOutput(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("target"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AnalysisResult result = new AnalysisResult(List.of(), List.of(), List.of(),
                List.of(new ToolNotification("db/x.sql", "cannot read: permission denied", false)));
        new ReportFiles(dir.resolve("target/evtlint.sarif"), List.of(ReportFormat.TEXT, ReportFormat.GITHUB), dir, dir,
                new SystemStreamLog(), new PrintStream(out, true, StandardCharsets.UTF_8)).write(result);
        assertTrue(Files.readString(dir.resolve("target/evtlint.txt")).contains("db/x.sql: error: cannot read"));
        assertEquals("::error file=db/x.sql::evtlint: cannot read: permission denied\n", out.toString(StandardCharsets.UTF_8));
        try (var files = Files.list(dir.resolve("target"))) {
            assertEquals(List.of(dir.resolve("target/evtlint.txt")), files.toList());
        }
    }

    /** An outputFile that is a link to a FIFO (or to /dev/null) is written through, never renamed over. */
    @Test
    void aLinkToAFifoIsWrittenThroughNotReplaced(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("consumer.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        Path outputFile = Files.createSymbolicLink(dir.resolve("evtlint.txt"), fifo);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        new ReportFiles(outputFile, List.of(ReportFormat.TEXT), dir, dir, new SystemStreamLog())
                .write(new AnalysisResult(List.of(), List.of(), List.of(), List.of()));
        assertEquals("No findings in 0 files\n", read.get(10, TimeUnit.SECONDS));
        assertTrue(Files.isSymbolicLink(outputFile));
        assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(), "still a FIFO");
    }
}
