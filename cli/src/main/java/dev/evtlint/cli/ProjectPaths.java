package dev.evtlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The PATH arguments every command takes (a picocli mixin): files or folders that form one project,
 * resolved against the working directory; each must exist. {@code -} stands for standard input.
 */
final class ProjectPaths {
    private static final Path STDIN = Path.of("-");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files, or folders searched for *.sql, that form one project (default: the working directory).")
    private List<Path> paths = new ArrayList<>();

    /** Whether standard input was named with '-'. */
    boolean includesStdin() {
        return paths.contains(STDIN);
    }

    /**
     * The files and folders, resolved; the working directory when none is given, unless standard
     * input is the only input.
     */
    List<Path> resolve(Path workingDirectory) {
        List<Path> given = paths.stream().filter(path -> !path.equals(STDIN)).toList();
        if (given.isEmpty()) {
            return includesStdin() ? List.of() : List.of(workingDirectory);
        }
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
}
