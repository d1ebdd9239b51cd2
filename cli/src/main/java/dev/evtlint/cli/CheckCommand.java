package dev.evtlint.cli;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.FailOn;
import dev.evtlint.api.InMemorySource;
import dev.evtlint.api.Progress;
import dev.evtlint.pipeline.CheckOutcome;
import dev.evtlint.pipeline.CheckRequest;
import dev.evtlint.pipeline.FixOutcome;
import dev.evtlint.pipeline.Pipeline;
import dev.evtlint.report.AtomicFile;
import dev.evtlint.report.ReportFormat;
import dev.evtlint.report.Reporter;
import dev.evtlint.report.SarifReporter;
import dev.evtlint.source.IoFailure;
import dev.evtlint.source.SourceReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
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

    @Mixin
    private FixOptions fixes;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output (replaced atomically).")
    private Path output;

    /** Null when not given: then the configuration file's, else error. */
    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a finding is at least this serious: ${COMPLETION-CANDIDATES} "
                    + "(default: error).")
    private FailOn failOn;

    /** Null when not given: then the configuration file's, else the default. */
    @Option(names = "--pg-version", paramLabel = "VERSION",
            description = "PostgreSQL major version the scripts target, " + AnalysisRequest.MIN_PG_VERSION + " to "
                    + AnalysisRequest.MAX_PG_VERSION
                    + " (default: " + AnalysisRequest.DEFAULT_PG_VERSION + ").")
    private Integer pgVersion;

    @Option(names = "--select", paramLabel = "RULES", split = ",",
            description = "Run only these rules, by ID or name (comma-separated; default: all).")
    private Set<String> select = Set.of();

    @Option(names = "--ignore", paramLabel = "RULES", split = ",",
            description = "Do not run these rules, by ID or name (comma-separated).")
    private Set<String> ignore = Set.of();

    @Option(names = "--baseline", paramLabel = "SARIF",
            description = "Report only findings that this earlier SARIF output does not hold (matched by rule, "
                    + "file and line fingerprint); the exit code counts only those.")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Also write all current findings to FILE as SARIF, to serve as a later --baseline; "
                    + "findings then do not fail the run (exit 0 once written).")
    private Path writeBaseline;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "The path to report for the script read from standard input with PATH '-' "
                    + "(default: stdin.sql); it also decides its Flyway run order. When the PATHs hold a file of "
                    + "that name, standard input replaces it (how editors check unsaved text).")
    private String stdinFilename = "stdin.sql";

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "0",
            description = "Threads that read and parse files and run rules (default: the number of processors).")
    private int jobs;

    @Option(names = "--file-timeout", paramLabel = "SECONDS",
            defaultValue = "" + AnalysisRequest.DEFAULT_FILE_TIMEOUT_SECONDS,
            description = "Skip a file, with a notice, when reading and parsing it takes longer than this; the project "
                    + "model and each rule have the same budget; 0 for no limit (default: ${DEFAULT-VALUE}).")
    private int fileTimeoutSeconds;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "Folder that SARIF paths are relative to (default: the git repository of the working "
                    + "directory, else the working directory).")
    private Path sourceRoot;

    @Override
    public Integer call() {
        Environment environment = parent.environment();
        if (pgVersion != null && !AnalysisRequest.supportsPgVersion(pgVersion)) {
            throw usage("--pg-version must be between " + AnalysisRequest.MIN_PG_VERSION + " and "
                    + AnalysisRequest.MAX_PG_VERSION + ", not " + pgVersion);
        }
        Path workingDirectory = environment.workingDirectory();
        if (jobs < 0) {
            throw usage("--jobs must be at least 1, not " + jobs);
        }
        int threads = jobs == 0 ? Runtime.getRuntime().availableProcessors() : jobs;
        if (fileTimeoutSeconds < 0) {
            throw usage("--file-timeout must be 0 (no limit) or more seconds, not " + fileTimeoutSeconds);
        }
        CheckRequest.Builder request = paths.request(workingDirectory).pgVersion(pgVersion).failOn(failOn)
                .select(select).ignore(ignore).baseline(baseline).jobs(threads)
                .fileTimeout(Duration.ofSeconds(fileTimeoutSeconds)).sourceRoot(sourceRoot(workingDirectory));
        if (fixes.unsafeWithoutFix()) {
            throw usage("--unsafe-fixes needs --fix or --diff");
        }
        InMemorySource stdin = paths.includesStdin() ? standardInput(environment) : null;
        if (stdin != null) {
            request.buffer(stdin.displayPath(), stdin.text());
        }
        Optional<Pipeline> pipeline = paths.pipeline(request.build(), parent.err());
        if (pipeline.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Path root = pipeline.get().sourceRoot();
        Progress progress = environment.progress() ? new ProgressLine(parent.err(), System::nanoTime) : Progress.NONE;
        CheckOutcome outcome;
        PrintStream reportTo = parent.out();
        boolean allFixesWritten = true;
        if (fixes.any()) {
            FixOutcome fixed = pipeline.get().fix(progress, fixes.allowed());
            if (fixes.diffOnly()) {
                return Math.max(FixOptions.printDiff(fixed, parent.out(), parent.err()),
                        ExitCodes.of(fixed.check().reported().notifications()));
            }
            allFixesWritten = FixOptions.write(fixed, stdin == null ? null : stdin.text(), parent.out(), parent.err());
            // The report is that of the files as they now are; standard output holds standard input's script.
            outcome = allFixesWritten ? fixed.check() : pipeline.get().check(progress);
            reportTo = stdin != null ? parent.err() : parent.out();
        } else {
            outcome = pipeline.get().check(progress);
        }
        if (writeBaseline != null) {
            write(writeBaseline, new SarifReporter(root, workingDirectory), outcome.complete(), workingDirectory);
        }
        report(outcome.reported(), environment, root, reportTo);
        // Writing a baseline accepts today's findings: only problems with the input fail such a run.
        int code = writeBaseline != null ? ExitCodes.of(outcome.reported().notifications())
                : ExitCodes.of(outcome.reported(), outcome.failOn());
        return allFixesWritten ? code : Math.max(code, ExitCodes.USAGE);
    }

    /** Standard input as a script; text that is not UTF-8 is the user's to fix, said in one line. */
    private InMemorySource standardInput(Environment environment) {
        byte[] bytes;
        try {
            bytes = environment.readStdin();
        } catch (IOException e) {
            throw usage("standard input: " + IoFailure.reason(e));
        }
        SourceReader.Outcome outcome = new SourceReader().decode(bytes, null, stdinFilename);
        if (!outcome.ok()) {
            throw usage("standard input: " + outcome.problem());
        }
        return new InMemorySource(stdinFilename, outcome.source().text());
    }

    /** The --source-root folder; null when not given, for the pipeline's default. */
    private Path sourceRoot(Path workingDirectory) {
        if (sourceRoot == null) {
            return null;
        }
        Path root = workingDirectory.resolve(sourceRoot).normalize();
        if (!Files.isDirectory(root)) {
            throw usage("--source-root is not a directory: " + sourceRoot);
        }
        return root;
    }

    private void report(AnalysisResult result, Environment environment, Path root, PrintStream to) {
        Path workingDirectory = environment.workingDirectory();
        if (output != null) {
            // A file never gets colour codes.
            write(output, format.reporter(root, workingDirectory, false), result, workingDirectory);
            return;
        }
        try {
            format.reporter(root, workingDirectory, environment.color()).write(result, to);
        } catch (IOException e) {
            throw usage("cannot write standard output: " + IoFailure.reason(e));
        }
    }

    private void write(Path file, Reporter reporter, AnalysisResult result, Path workingDirectory) {
        try {
            AtomicFile.write(workingDirectory.resolve(file), out -> reporter.write(result, out));
        } catch (IOException e) {
            throw usage("cannot write " + file + ": " + IoFailure.reason(e));
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
