package dev.evtlint.maven;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.report.AtomicFile;
import dev.evtlint.report.ReportFormat;
import dev.evtlint.report.Reporter;
import dev.evtlint.source.IoFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** Writes one report per output format, each at the output file's path with the format's extension. */
final class ReportFiles {
    private final Map<Path, ReportFormat> reports = new LinkedHashMap<>();
    private final Path sourceRoot;
    private final Path module;
    private final Log log;

    /**
     * @param sourceRoot what SARIF URIs are relative to: the repository root
     * @param module     what the paths of the analysis result are relative to
     * @throws MojoExecutionException when two formats would write the same file
     */
    ReportFiles(Path outputFile, List<ReportFormat> formats, Path sourceRoot, Path module, Log log)
            throws MojoExecutionException {
        for (ReportFormat format : formats) {
            ReportFormat before = reports.putIfAbsent(fileFor(outputFile, format), format);
            if (before != null && before != format) {
                throw new MojoExecutionException("evtlint: outputFormats " + before + " and " + format
                        + " would both write " + fileFor(outputFile, format));
            }
        }
        this.sourceRoot = sourceRoot;
        this.module = module;
        this.log = log;
    }

    /** {@code target/evtlint.sarif} for SARIF, {@code target/evtlint.json} for JSON, and so on. */
    static Path fileFor(Path outputFile, ReportFormat format) {
        String name = outputFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return outputFile.resolveSibling(stem + "." + format.extension());
    }

    void write(AnalysisResult result) throws MojoExecutionException {
        for (Map.Entry<Path, ReportFormat> report : reports.entrySet()) {
            Path file = report.getKey();
            // A file never gets colour codes.
            Reporter reporter = report.getValue().reporter(sourceRoot, module, false);
            try {
                AtomicFile.write(file, out -> reporter.write(result, out));
            } catch (IOException e) {
                throw new MojoExecutionException("evtlint: cannot write " + file + ": " + IoFailure.reason(e), e);
            }
            log.info("evtlint: " + report.getValue() + " report " + file);
        }
    }
}
