package dev.evtlint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evtlint.report.ReportFormat;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

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

    @Test
    void twoFormatsMustNotShareAFile() {
        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> new ReportFiles(TARGET.resolve("evtlint.sarif"), List.of(ReportFormat.TEXT, ReportFormat.GITHUB),
                        TARGET, TARGET, new SystemStreamLog()));
        assertEquals("evtlint: outputFormats text and github would both write " + TARGET.resolve("evtlint.txt"),
                e.getMessage());
    }
}
