package dev.evtlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The file of {@code --order}: one script path per line, relative to the file's own folder; blank
 * lines and lines starting with '#' are ignored.
 */
final class RunOrderFile {

    private RunOrderFile() {
    }

    static List<Path> read(Path file, Path workingDirectory, CommandSpec spec) {
        if (file == null) {
            return List.of();
        }
        Path list = workingDirectory.resolve(file).normalize();
        List<String> lines;
        try {
            lines = Files.readAllLines(list);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read --order file " + file + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        List<Path> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Path script = list.getParent().resolve(line).normalize();
            if (!Files.isRegularFile(script)) {
                throw new ParameterException(spec.commandLine(), file + ":" + (i + 1) + ": no such file: " + line);
            }
            order.add(script.toAbsolutePath());
        }
        return order;
    }
}
