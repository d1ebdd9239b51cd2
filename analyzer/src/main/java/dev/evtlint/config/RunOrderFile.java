package dev.evtlint.config;

import dev.evtlint.report.Printable;
import dev.evtlint.source.IoFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run order file ({@code --order}, a configuration file's {@code order}): one script path per
 * line, relative to the file's own folder; blank lines and lines starting with '#' are ignored.
 */
public final class RunOrderFile {
    /** Some hundred thousand paths. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private RunOrderFile() {
    }

    /**
     * The scripts the file lists, as absolute paths; none for a null {@code file}.
     *
     * @param file             relative to {@code workingDirectory}, or absolute
     * @param workingDirectory what messages name the file relative to
     * @throws ConfigException when the file cannot be read or names a script that does not exist
     */
    public static List<Path> read(Path file, Path workingDirectory) throws ConfigException {
        if (file == null) {
            return List.of();
        }
        Path absolute = workingDirectory.toAbsolutePath().resolve(file).normalize();
        String displayName = ConfigFile.displayName(absolute, workingDirectory);
        List<String> lines;
        try {
            lines = ConfigText.read(absolute, MAX_BYTES).lines().toList();
        } catch (IOException e) {
            throw new ConfigException(displayName, "cannot read the run order file: " + IoFailure.reason(e));
        }
        Path folder = absolute.getParent();
        List<Path> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Path script;
            try {
                script = folder.resolve(line).normalize();
            } catch (InvalidPathException e) {
                // A NUL byte, or a character the platform's paths cannot hold.
                throw new ConfigException(displayName, i + 1, 1, "not a path: " + Printable.excerpt(line));
            }
            if (!Files.isRegularFile(script)) {
                throw new ConfigException(displayName, i + 1, 1, "no such file: " + Printable.excerpt(line));
            }
            order.add(script);
        }
        return order;
    }
}
