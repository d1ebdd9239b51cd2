package dev.evtlint.model;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Scripts that the postgres Docker image runs from {@code /docker-entrypoint-initdb.d}: it runs them
 * once, when it initialises an empty data directory, and never again. Evidence, in a compose file
 * ({@code docker-compose*.yml}, {@code compose*.yml}, also {@code .yaml}) or a Dockerfile
 * ({@code Dockerfile}, {@code Dockerfile.*}) in the script's folder or a folder above it in the
 * {@link AnalysedTree}:
 * <ul>
 * <li>a compose volume in the short syntax, {@code - ./db/init:/docker-entrypoint-initdb.d[:ro]},
 * whose host path (relative to the compose file) is the script or a folder that holds it (files in
 * subfolders are those that the init scripts include with {@code \i});</li>
 * <li>{@code COPY} or {@code ADD} of the script, or of a folder that holds it, or a glob that
 * matches it, to {@code /docker-entrypoint-initdb.d}, sources taken relative to the Dockerfile's folder.</li>
 * </ul>
 * Anything else (named volumes, paths with variables, the long volume syntax, a build context
 * elsewhere) is no evidence, and the script stays checked.
 */
final class DockerInitScripts {
    private static final String INIT_FOLDER = "/docker-entrypoint-initdb.d";
    /** A short-syntax volume: {@code - host:/docker-entrypoint-initdb.d[/name][:mode]}, maybe quoted; group 1 is the host path. */
    private static final Pattern COMPOSE_MOUNT = Pattern.compile(
            "^\\s*-\\s*[\"']?(\\.{1,2}(?:/[^\\s\"':$]*)?|/[^\\s\"':$]*):" + Pattern.quote(INIT_FOLDER)
                    + "(?:/[^\\s\"':]*)?(?::[a-z,]+)?[\"']?\\s*(?:#.*)?$");
    /** {@code COPY|ADD [--flag=...]... sources... /docker-entrypoint-initdb.d[/...]}; group 1 is the sources. */
    private static final Pattern DOCKERFILE_COPY = Pattern.compile(
            "^\\s*(?:COPY|ADD)\\s+(?:--(?!from=)\\S+\\s+)*([^\\[\\s$-][^$]*?)\\s+" + Pattern.quote(INIT_FOLDER) + "(?:/\\S*)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final FolderListings.NameFilter COMPOSE_FILES =
            new FolderListings.NameFilter("Compose files", DockerInitScripts::isComposeFile);
    private static final FolderListings.NameFilter DOCKERFILES =
            new FolderListings.NameFilter("Dockerfiles", DockerInitScripts::isDockerfile);

    private DockerInitScripts() {
    }

    static boolean holds(AnalysedTree tree) {
        for (Path folder : tree.foldersUpToRoot()) {
            for (Path compose : AnalysedTree.filesIn(folder, COMPOSE_FILES)) {
                if (mounts(compose, COMPOSE_MOUNT, tree.script())) {
                    return true;
                }
            }
            for (Path dockerfile : AnalysedTree.filesIn(folder, DOCKERFILES)) {
                if (mounts(dockerfile, DOCKERFILE_COPY, tree.script())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isComposeFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return (lower.startsWith("docker-compose") || lower.startsWith("compose"))
                && (lower.endsWith(".yml") || lower.endsWith(".yaml"));
    }

    private static boolean isDockerfile(String name) {
        return name.equals("Dockerfile") || name.startsWith("Dockerfile.");
    }

    /** Whether a line of {@code file} puts {@code script} (by the host paths in group 1) into the init folder. */
    private static boolean mounts(Path file, Pattern line, Path script) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            // Unreadable or not UTF-8 text: no evidence.
            return false;
        }
        for (String text : lines) {
            Matcher matcher = line.matcher(text);
            if (matcher.matches() && Arrays.stream(matcher.group(1).trim().split("\\s+"))
                    .anyMatch(source -> covers(file.getParent(), source, script))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the host path {@code source}, relative to {@code base}, is the script, a folder above it, or a glob matching it. */
    private static boolean covers(Path base, String source, Path script) {
        Path resolved = base.resolve(source).normalize();
        if (source.contains("*") || source.contains("?")) {
            String glob = resolved.toString().replace("\\", "\\\\");
            try {
                return FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(script);
            } catch (PatternSyntaxException e) {
                // Not a glob Java reads the way Docker does: no evidence.
                return false;
            }
        }
        return script.startsWith(resolved);
    }
}
