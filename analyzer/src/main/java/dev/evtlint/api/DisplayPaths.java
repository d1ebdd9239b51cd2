package dev.evtlint.api;

import dev.evtlint.ast.SourceFile;
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

    /**
     * Where a script stands: its file, or for text without one (standard input, an editor's buffer)
     * the place its display path names, which per-path settings and the run order go by.
     */
    static Path location(SourceFile file, Path workingDirectory) {
        return file.path() != null ? file.path().toAbsolutePath().normalize() : location(file.displayPath(), workingDirectory);
    }

    static Path location(String displayPath, Path workingDirectory) {
        return workingDirectory.toAbsolutePath().resolve(displayPath).normalize();
    }
}
