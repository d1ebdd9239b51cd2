package dev.evtlint.config;

import dev.evtlint.report.GitRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A path that a file of the repository names, such as a configuration's {@code order} or a psql
 * {@code \i} command, kept inside the repository: evtlint runs in CI on repositories that pull
 * requests change, and a path such as {@code /proc/self/environ}, {@code ../../secrets} or a link
 * out of the repository would make it read (and quote in its messages) files of the machine. The
 * repository is the git repository of the naming file's folder, else that folder, unless the
 * caller knows better.
 */
public final class RepositoryPath {

    private RepositoryPath() {
    }

    /** Why a path leads out of the repository. */
    public static final class Outside extends Exception {
        private static final long serialVersionUID = 1L;

        Outside(String why) {
            super(why);
        }
    }

    /**
     * The regular file {@code named} leads to from {@code folder}, as an absolute path.
     *
     * @throws Outside             when it is absolute, climbs out with {@code ..} or leads out through a link
     * @throws NoSuchFileException when no regular file is there
     */
    static Path resolve(Path folder, String named) throws Outside, NoSuchFileException {
        return resolve(folder, named, repositoryOf(folder));
    }

    /** The repository {@code folder} belongs to: its git repository, else the folder itself. */
    public static Path repositoryOf(Path folder) {
        return GitRoot.of(folder);
    }

    /** As {@link #resolve(Path, String)}, inside {@code repository}, a folder at or above {@code folder}. */
    public static Path resolve(Path folder, String named, Path repository) throws Outside, NoSuchFileException {
        Path given;
        try {
            given = Path.of(named);
        } catch (InvalidPathException e) {
            throw new Outside("not a path");
        }
        if (given.isAbsolute() || given.getRoot() != null) {
            throw new Outside("an absolute path");
        }
        Path file = folder.toAbsolutePath().resolve(given).normalize();
        if (!file.startsWith(repository)) {
            throw new Outside("it climbs out of " + repository.getFileName() + " with '..'");
        }
        Path real = realPath(file);
        if (real == null || !Files.isRegularFile(real)) {
            throw new NoSuchFileException(file.toString());
        }
        Path realRepository = realPath(repository);
        if (realRepository == null || !real.startsWith(realRepository)) {
            throw new Outside("a symbolic link leads out of the repository");
        }
        return file;
    }

    /** The path with every link resolved, or null when it leads nowhere. */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
