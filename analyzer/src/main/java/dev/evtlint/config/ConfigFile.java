package dev.evtlint.config;

import dev.evtlint.api.EvtlintConfig;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.source.RepositoryPath;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code evtlint.toml}: in the working directory or a folder above it, up to the repository
 * root; and loads the configuration of a run.
 */
public final class ConfigFile {
    public static final String NAME = "evtlint.toml";

    private ConfigFile() {
    }

    /**
     * The configuration of a run: the file the user named ({@code --config}, the Maven plugin's
     * {@code configFile}), else the nearest {@code evtlint.toml}, else none. Messages name the file
     * relative to {@code workingDirectory}.
     *
     * @param named    the file the user named, or null
     * @param registry the rules that rule IDs and names in the file must name
     * @throws ConfigException when the named file does not exist or a file has a mistake
     */
    public static EvtlintConfig load(Path named, Path workingDirectory, RuleRegistry registry) throws ConfigException {
        Path base = workingDirectory.toAbsolutePath().normalize();
        Optional<Path> file = named == null ? find(base) : Optional.of(base.resolve(named).normalize());
        if (file.isEmpty()) {
            return EvtlintConfig.NONE;
        }
        String shown = displayName(file.get(), base);
        if (!Files.isRegularFile(file.get())) {
            throw new ConfigException(shown, "no such file");
        }
        if (named == null) {
            // Found, not chosen: a repository's evtlint.toml that links out of it would make the run read any file.
            try {
                RepositoryPath.resolve(file.get().getParent(), NAME);
            } catch (RepositoryPath.Outside | NoSuchFileException e) {
                throw new ConfigException(shown, "a symbolic link out of the repository; not read");
            }
        }
        return new ConfigReader(registry).read(file.get(), shown);
    }

    /** How messages name a file that a run reads: relative to the working directory, with '/'. */
    public static String displayName(Path file, Path workingDirectory) {
        Path base = workingDirectory.toAbsolutePath().normalize();
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
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
