package dev.evtlint.maven;

import dev.evtlint.api.SourceFilter;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.util.AbstractScanner;
import org.codehaus.plexus.util.MatchPatterns;

/**
 * The scripts a module holds: the files below its source directories that match the includes and
 * none of the excludes (and none of the version control files Maven always leaves out), as Ant
 * patterns relative to each directory. The analysis walks the directories itself ({@link SourceFilter}):
 * as on the command line, a folder it cannot read, a FIFO and a dangling link among the scripts are
 * reported, never silently skipped, and a folder reached through many links is walked once.
 */
final class SourceSet {
    /** Where Flyway and plain SQL projects keep their scripts. */
    static final List<String> DEFAULT_DIRECTORIES = List.of("src/main/resources/db/migration", "src/main/sql");
    static final String DEFAULT_INCLUDE = "**/*.sql";

    /** The version control and editor files Maven's DirectoryScanner leaves out. */
    private static final MatchPatterns EXCLUDED_BY_DEFAULT = MatchPatterns.from(
            Arrays.stream(AbstractScanner.DEFAULTEXCLUDES).map(SourceSet::normalized).toList());

    private final List<Path> directories;
    private final MatchPatterns includes;
    private final MatchPatterns excludes;

    /**
     * @param configured the directories the user named, resolved by Maven against the module; null
     *                   or empty for the default ones that exist
     * @throws MojoExecutionException when a directory the user named is not one, or a pattern is empty
     */
    SourceSet(Path module, List<File> configured, List<String> includes, List<String> excludes)
            throws MojoExecutionException {
        this.directories = configured == null || configured.isEmpty() ? defaults(module) : existing(module, configured);
        this.includes = patterns("includes", includes == null || includes.isEmpty() ? List.of(DEFAULT_INCLUDE) : includes);
        this.excludes = patterns("excludes", excludes == null ? List.of() : excludes);
    }

    List<Path> directories() {
        return directories;
    }

    /** Which files below a directory are scripts, by their path relative to it. */
    SourceFilter filter() {
        return relative -> {
            String path = relative.toString();
            return includes.matches(path, true) && !excludes.matches(path, true) && !EXCLUDED_BY_DEFAULT.matches(path, true);
        };
    }

    /**
     * An empty pattern ({@code <includes><include></include></includes>}) matches nothing: a check
     * of nothing would pass. It is a mistake in the POM.
     */
    private static MatchPatterns patterns(String parameter, List<String> patterns) throws MojoExecutionException {
        List<String> normalized = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern == null || pattern.isBlank()) {
                throw new MojoExecutionException("evtlint: " + parameter + " holds an empty pattern; write one such as "
                        + DEFAULT_INCLUDE);
            }
            normalized.add(normalized(pattern));
        }
        return MatchPatterns.from(normalized);
    }

    /** As Maven's DirectoryScanner reads a pattern: either separator, and a folder means all below it. */
    private static String normalized(String pattern) {
        String path = pattern.trim().replace('/', File.separatorChar).replace('\\', File.separatorChar);
        return path.endsWith(File.separator) ? path + "**" : path;
    }

    private static List<Path> defaults(Path module) {
        return DEFAULT_DIRECTORIES.stream().map(module::resolve).filter(Files::isDirectory).toList();
    }

    private static List<Path> existing(Path module, List<File> configured) throws MojoExecutionException {
        List<Path> directories = new ArrayList<>();
        for (File directory : configured) {
            Path path = module.resolve(directory.toPath()).normalize();
            if (!Files.isDirectory(path)) {
                throw new MojoExecutionException("evtlint: source directory " + directory
                        + (Files.exists(path) ? " is not a directory" : " does not exist"));
            }
            directories.add(path);
        }
        return directories;
    }
}
