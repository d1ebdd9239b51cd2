package dev.evtlint.api;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which files below a folder that a run names are its scripts, by their path relative to that
 * folder: every {@code *.sql} on the command line; the includes and excludes of the Maven plugin.
 */
@FunctionalInterface
public interface SourceFilter {
    /** Files whose name ends with {@code .sql}, in any case. */
    SourceFilter SQL_FILES = relative -> relative.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sql");

    boolean accepts(Path relativePath);
}
