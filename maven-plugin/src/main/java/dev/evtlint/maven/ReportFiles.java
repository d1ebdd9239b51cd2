package dev.evtlint.maven;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.report.AtomicFile;
import dev.evtlint.report.ReportFormat;
import dev.evtlint.report.Reporter;
import dev.evtlint.source.IoFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * Writes one report per output format, each at the output file's path with the format's extension;
 * GitHub workflow annotations go to standard output instead, where a GitHub Actions runner reads
 * them from the build's log (Maven's own log lines start with a level that would hide them).
 */
final class ReportFiles {
    private final Map<Path, ReportFormat> reports = new LinkedHashMap<>();
    private final boolean annotations;
    private final PrintStream standardOutput;
    private final Path sourceRoot;
    private final Path module;
    private final Log log;

    /**
     * @param sourceRoot what SARIF URIs are relative to: the repository root
     * @param module     what the paths of the analysis result are relative to
     */
    ReportFiles(Path outputFile, List<ReportFormat> formats, Path sourceRoot, Path module, Log log) {
        this(outputFile, formats, sourceRoot, module, log, System.out);
    }

    ReportFiles(Path outputFile, List<ReportFormat> formats, Path sourceRoot, Path module, Log log,
                PrintStream standardOutput) {
        this.annotations = formats.contains(ReportFormat.GITHUB);
        this.standardOutput = standardOutput;
        // Each format that makes a file has an extension of its own: no two reports share a file.
        formats.stream().filter(format -> format != ReportFormat.GITHUB)
                .forEach(format -> reports.put(fileFor(outputFile, format), format));
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
        if (annotations) {
            try {
                ReportFormat.GITHUB.reporter(sourceRoot, module, false).write(result, standardOutput);
            } catch (IOException e) {
                throw new MojoExecutionException("evtlint: cannot write standard output: " + IoFailure.reason(e), e);
            }
            standardOutput.flush();
        }
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
