package dev.evtlint.cli;

import dev.evtlint.config.ConfigException;
import dev.evtlint.pipeline.CheckRequest;
import dev.evtlint.pipeline.InvalidRequest;
import dev.evtlint.pipeline.Pipeline;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What names the project, the same for every command (a picocli mixin): the PATH arguments, files
 * or folders resolved against the working directory, each of which must exist ({@code -} stands
 * for standard input); the configuration file, the run order and the excludes. So {@code check},
 * {@code triggers} and {@code parse} see the same scripts in the same order.
 */
final class ProjectPaths {
    private static final Path STDIN = Path.of("-");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, or folders searched for *.sql, that form one project (default: the working directory). "
                    + "Folders are searched without build output (target, build, node_modules), version control "
                    + "folders and what .gitignore ignores; a folder with no script is an error.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: the nearest evtlint.toml from the working directory up "
                    + "to the repository root). Options given here win over it.")
    private Path config;

    @Option(names = "--order", paramLabel = "FILE",
            description = "A file listing scripts in the order they run, one path per line (relative to the "
                    + "list's folder); they run first, the others after them in the default order.")
    private Path order;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out the files and folders below the PATH folders that GLOB matches, relative to the "
                    + "working directory, such as 'db/legacy/**' (repeatable; with the configuration's exclude).")
    private List<String> excludes = new ArrayList<>();

    /** Whether standard input was named with '-'. */
    boolean includesStdin() {
        return paths.contains(STDIN);
    }

    /**
     * The files and folders, resolved; none when none is given, which stands for the working directory
     * unless standard input is the only input.
     */
    private List<Path> resolve(Path workingDirectory) {
        List<Path> given = paths.stream().filter(path -> !path.equals(STDIN)).toList();
        List<Path> inputs = new ArrayList<>();
        for (Path path : given) {
            Path input = workingDirectory.resolve(path).normalize();
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "no such file or directory: " + path);
            }
            inputs.add(input);
        }
        return inputs;
    }

    /** A request for this project: its paths, configuration file, run order and excludes. */
    CheckRequest.Builder request(Path workingDirectory) {
        return CheckRequest.builder(workingDirectory).paths(resolve(workingDirectory)).configFile(config)
                .orderFile(order).excludes(excludes);
    }

    /**
     * The resolved pipeline; empty after telling, on {@code err}, the mistake of a configuration,
     * run order or baseline file (already one line with the file and position: no "evtlint: error:" in front).
     */
    Optional<Pipeline> pipeline(CheckRequest request, PrintStream err) {
        try {
            return Optional.of(Pipeline.resolve(request));
        } catch (InvalidRequest e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }
}
