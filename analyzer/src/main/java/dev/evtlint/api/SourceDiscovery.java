package dev.evtlint.api;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Finds the scripts a request names: files as given, and every {@code *.sql} below a directory.
 * Symbolic links are followed, as a shell would; a file reached twice (through a link, or from two
 * overlapping paths) is analysed once, under the first path in path order, and a link back to a
 * folder above it is not walked again. A path that does not exist, a dangling link and a
 * directory that cannot be read become notifications.
 */
final class SourceDiscovery {

    private SourceDiscovery() {
    }

    static List<Path> find(List<Path> paths, Path workingDirectory, Consumer<ToolNotification> problems) {
        TreeSet<Path> found = new TreeSet<>();
        for (Path given : paths) {
            Path path = workingDirectory.resolve(given).normalize();
            if (Files.isDirectory(path)) {
                walk(path, found, problems, workingDirectory);
            } else if (Files.exists(path)) {
                found.add(path);
            } else {
                problems.accept(new ToolNotification(DisplayPaths.of(path, workingDirectory), missing(path), false));
            }
        }
        return onceEach(found);
    }

    private static void walk(Path directory, TreeSet<Path> found, Consumer<ToolNotification> problems, Path workingDirectory) {
        Walk walk = new Walk(found, problems, workingDirectory);
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            walk.report(directory, "cannot read: " + e.getMessage());
        }
    }

    /** Collects the {@code *.sql} files of one directory tree, following links. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final TreeSet<Path> found;
        private final Consumer<ToolNotification> problems;
        private final Path workingDirectory;

        Walk(TreeSet<Path> found, Consumer<ToolNotification> problems, Path workingDirectory) {
            this.found = found;
            this.problems = problems;
            this.workingDirectory = workingDirectory;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (!isSql(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attributes.isSymbolicLink()) {
                // Followed links come with their target's attributes: this one leads nowhere.
                report(file, missing(file));
            } else {
                // Files that are not regular (FIFOs) are added too: reading them says why they are not analysed.
                found.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // A link back to a folder above: its files are found through the folder itself.
            if (!(e instanceof FileSystemLoopException)) {
                report(file, "cannot read: " + e.getMessage());
            }
            return FileVisitResult.CONTINUE;
        }

        void report(Path path, String message) {
            problems.accept(new ToolNotification(DisplayPaths.of(path, workingDirectory), message, false));
        }
    }

    private static boolean isSql(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql");
    }

    private static String missing(Path path) {
        return Files.isSymbolicLink(path) ? "dangling symbolic link (its target does not exist)" : "no such file or directory";
    }

    /** The paths in order, without the ones that are the same file as an earlier one. */
    private static List<Path> onceEach(TreeSet<Path> paths) {
        Set<Path> seen = new HashSet<>();
        List<Path> unique = new ArrayList<>();
        for (Path path : paths) {
            if (seen.add(realPath(path))) {
                unique.add(path);
            }
        }
        return unique;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            // Reading it will say what is wrong; until then it is a file of its own.
            return path.toAbsolutePath();
        }
    }
}
