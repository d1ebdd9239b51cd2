package dev.evtlint.api;

import java.nio.file.Path;

/** Paths as reports show them: relative to the working directory when below it, with '/' separators. */
final class DisplayPaths {

    private DisplayPaths() {
    }

    static String of(Path path, Path workingDirectory) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
