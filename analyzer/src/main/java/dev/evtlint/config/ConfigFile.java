package dev.evtlint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code evtlint.toml}: in the working directory or a folder above it, up to the repository root. */
public final class ConfigFile {
    public static final String NAME = "evtlint.toml";

    private ConfigFile() {
    }

    /**
     * The nearest {@code evtlint.toml} from {@code workingDirectory} upwards. The search stops at
     * the root of the git repository (the folder with {@code .git}), so that a file in some folder
     * above the project never applies, or at the root of the file system.
     */
    public static Optional<Path> find(Path workingDirectory) {
        for (Path folder = workingDirectory.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (Files.exists(folder.resolve(".git"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
