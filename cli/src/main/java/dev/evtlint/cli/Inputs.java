package dev.evtlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The PATH arguments of a command, resolved against the working directory; each must exist. */
final class Inputs {

    private Inputs() {
    }

    /** The working directory itself when no path is given. */
    static List<Path> resolve(List<Path> paths, Path workingDirectory, CommandSpec spec) {
        if (paths.isEmpty()) {
            return List.of(workingDirectory);
        }
        List<Path> inputs = new ArrayList<>();
        for (Path path : paths) {
            Path input = workingDirectory.resolve(path).normalize();
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "no such file or directory: " + path);
            }
            inputs.add(input);
        }
        return inputs;
    }
}
