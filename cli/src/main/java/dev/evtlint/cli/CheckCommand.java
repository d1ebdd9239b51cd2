package dev.evtlint.cli;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.FailOn;
import dev.evtlint.api.Evtlint;
import dev.evtlint.api.InMemorySource;
import dev.evtlint.report.AtomicFile;
import dev.evtlint.report.GitRoot;
import dev.evtlint.report.IoFailure;
import dev.evtlint.report.ReportFormat;
import dev.evtlint.report.Reporter;
import dev.evtlint.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code evtlint check}: analyses scripts and reports findings (DESIGN.md section 7). */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Analyses SQL scripts (files, or folders searched for *.sql) and reports findings.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    private EvtlintCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ProjectPaths paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (replaced atomically).")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this serious: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--pg-version", paramLabel = "VERSION", defaultValue = "" + AnalysisRequest.DEFAULT_PG_VERSION,
            description = "PostgreSQL major version the scripts target, " + AnalysisRequest.MIN_PG_VERSION + " to " + AnalysisRequest.MAX_PG_VERSION
                    + " (default: ${DEFAULT-VALUE}).")
    private int pgVersion;

    @Option(names = "--select", paramLabel = "RULES", split = ",",
            description = "Run only these rules, by ID or name (comma-separated; default: all).")
    private Set<String> select = Set.of();

    @Option(names = "--ignore", paramLabel = "RULES", split = ",",
            description = "Do not run these rules, by ID or name (comma-separated).")
    private Set<String> ignore = Set.of();

    @Option(names = "--order", paramLabel = "FILE",
            description = "A file listing scripts in the order they run, one path per line (relative to the "
                    + "list's folder); they run first, the others after them in the default order.")
    private Path order;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The path to report for the script read from standard input with PATH '-' "
                    + "(default: stdin.sql); it also decides its Flyway run order.")
    private String stdinFilename = "stdin.sql";

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "0",
            description = "Threads that read and parse files (default: the number of processors).")
    private int jobs;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "Folder that SARIF paths are relative to (default: the git repository of the working "
                    + "directory, else the working directory).")
    private Path sourceRoot;

    @Override
    public Integer call() {
        Environment environment = parent.environment();
        if (!AnalysisRequest.supportsPgVersion(pgVersion)) {
            throw usage("--pg-version must be between " + AnalysisRequest.MIN_PG_VERSION + " and "
                    + AnalysisRequest.MAX_PG_VERSION + ", not " + pgVersion);
        }
        Path workingDirectory = environment.workingDirectory();
        if (jobs < 0) {
            throw usage("--jobs must be at least 1, not " + jobs);
        }
        int threads = jobs == 0 ? Runtime.getRuntime().availableProcessors() : jobs;
        RuleSelection.check(select, ignore, spec);
        List<Path> files = paths.resolve(workingDirectory);
        List<InMemorySource> texts = paths.includesStdin() ? List.of(standardInput(environment)) : List.of();
        AnalysisRequest request = new AnalysisRequest(files, workingDirectory, pgVersion, select, ignore,
                RunOrderFile.read(order, workingDirectory, spec), threads, texts);
        Path root = sourceRoot(workingDirectory);
        AnalysisResult result = Evtlint.analyze(request);
        report(result, environment, root);
        return ExitCodes.of(result, failOn);
    }

    /** Standard input as a script; text that is not UTF-8 is the user's to fix, said in one line. */
    private InMemorySource standardInput(Environment environment) {
        SourceReader.Outcome outcome = new SourceReader().decode(environment.readStdin(), null, stdinFilename);
        if (!outcome.ok()) {
            throw usage("standard input: " + outcome.problem());
        }
        return new InMemorySource(stdinFilename, outcome.source().text());
    }

    private Path sourceRoot(Path workingDirectory) {
        if (sourceRoot == null) {
            return GitRoot.of(workingDirectory);
        }
        Path root = workingDirectory.resolve(sourceRoot).normalize();
        if (!Files.isDirectory(root)) {
            throw usage("--source-root is not a directory: " + sourceRoot);
        }
        return root;
    }

    private void report(AnalysisResult result, Environment environment, Path root) {
        Path workingDirectory = environment.workingDirectory();
        try {
            if (output == null) {
                format.reporter(root, workingDirectory, environment.color()).write(result, parent.out());
            } else {
                // A file never gets colour codes.
                Reporter reporter = format.reporter(root, workingDirectory, false);
                AtomicFile.write(workingDirectory.resolve(output), out -> reporter.write(result, out));
            }
        } catch (IOException e) {
            String where = output == null ? "standard output" : output.toString();
            throw usage("cannot write " + where + ": " + IoFailure.reason(e));
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
