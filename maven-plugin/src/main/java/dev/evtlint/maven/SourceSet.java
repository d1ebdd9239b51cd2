package dev.evtlint.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * The scripts a module holds: the files below its source directories that match the includes and
 * none of the excludes (and none of the version control files Maven always leaves out).
 */
final class SourceSet {
    /** Where Flyway and plain SQL projects keep their scripts. */
    static final List<String> DEFAULT_DIRECTORIES = List.of("src/main/resources/db/migration", "src/main/sql");
    static final String DEFAULT_INCLUDE = "**/*.sql";

    private final List<Path> directories;
    private final List<String> includes;
    private final List<String> excludes;

    /**
     * @param configured the directories the user named, resolved by Maven against the module; null
     *                   or empty for the default ones that exist
     * @throws MojoExecutionException when a directory the user named is not one
     */
    SourceSet(Path module, List<File> configured, List<String> includes, List<String> excludes)
            throws MojoExecutionException {
        this.directories = configured == null || configured.isEmpty() ? defaults(module) : existing(module, configured);
        this.includes = includes == null || includes.isEmpty() ? List.of(DEFAULT_INCLUDE) : includes;
        this.excludes = excludes == null ? List.of() : excludes;
    }

    List<Path> directories() {
        return directories;
    }

    /** The scripts in path order, each once even where directories overlap. */
    List<Path> files() {
        TreeSet<Path> files = new TreeSet<>();
        for (Path directory : directories) {
            DirectoryScanner scanner = new DirectoryScanner();
            scanner.setBasedir(directory.toFile());
            scanner.setIncludes(includes.toArray(String[]::new));
            scanner.setExcludes(excludes.toArray(String[]::new));
            scanner.addDefaultExcludes();
            scanner.scan();
            for (String file : scanner.getIncludedFiles()) {
                files.add(directory.resolve(file).normalize());
            }
        }
        return new ArrayList<>(files);
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
