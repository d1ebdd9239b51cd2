package dev.evtlint.api;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Finds the scripts a request names: files as given, and every {@code *.sql} below a directory.
 * A path that does not exist or a directory that cannot be read becomes a notification.
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
                problems.accept(new ToolNotification(DisplayPaths.of(path, workingDirectory), "no such file or directory", false));
            }
        }
        return new ArrayList<>(found);
    }

    private static void walk(Path directory, TreeSet<Path> found, Consumer<ToolNotification> problems, Path workingDirectory) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql")) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(new ToolNotification(DisplayPaths.of(file, workingDirectory), "cannot read: " + e.getMessage(), false));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(new ToolNotification(DisplayPaths.of(directory, workingDirectory), "cannot read: " + e.getMessage(), false));
        }
    }
}
