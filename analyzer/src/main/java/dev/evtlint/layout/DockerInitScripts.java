package dev.evtlint.layout;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * matches it, to {@code /docker-entrypoint-initdb.d}, sources taken relative to the Dockerfile's folder;</li>
 * <li>{@code COPY} or {@code ADD} of the script to some other path of the image, when a shell script
 * that the Dockerfile copies to {@code /docker-entrypoint-initdb.d} names that path (it runs
 * {@code psql -f /home/postgres/watch.sql}): the init script runs once, and so does what it runs.</li>
 * </ul>
 * Dockerfiles are {@code Dockerfile}, {@code Dockerfile.*} and the like ({@code Dockerfilepg.j2},
 * a template rendered into one) and {@code *.Dockerfile}.
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

    /** {@code COPY|ADD [--flag=...]... sources... destination} to an absolute path; group 1 is the sources, group 2 the destination. */
    private static final Pattern DOCKERFILE_COPY_ANYWHERE = Pattern.compile(
            "^\\s*(?:COPY|ADD)\\s+(?:--(?!from=)\\S+\\s+)*([^\\[\\s$-][^$]*?)\\s+(/[^\\s$]*)\\s*$", Pattern.CASE_INSENSITIVE);
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
                if (mounts(dockerfile, DOCKERFILE_COPY, tree.script()) || runByInitScript(dockerfile, tree.script())) {
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
        return name.startsWith("Dockerfile") || name.toLowerCase(Locale.ROOT).endsWith(".dockerfile");
    }

    /**
     * Whether {@code dockerfile} copies {@code script} into the image and copies to the init folder a
     * shell script that names the path the script lands at: the init script runs it, once.
     */
    private static boolean runByInitScript(Path dockerfile, Path script) {
        List<String> imagePaths = new ArrayList<>();
        List<Path> initScripts = new ArrayList<>();
        for (String text : linesOf(dockerfile)) {
            Matcher copy = DOCKERFILE_COPY_ANYWHERE.matcher(text);
            if (!copy.matches()) {
                continue;
            }
            String destination = copy.group(2);
            for (String source : copy.group(1).trim().split("\\s+")) {
                if (destination.equals(INIT_FOLDER) || destination.startsWith(INIT_FOLDER + "/")) {
                    Path resolved = dockerfile.getParent().resolve(source).normalize();
                    if (Files.isRegularFile(resolved)) {
                        initScripts.add(resolved);
                    }
                } else if (covers(dockerfile.getParent(), source, script)) {
                    imagePaths.addAll(imagePaths(dockerfile.getParent().resolve(source).normalize(), destination, script));
                }
            }
        }
        return !imagePaths.isEmpty() && initScripts.stream().map(DockerInitScripts::linesOf)
                .anyMatch(initLines -> initLines.stream().anyMatch(line -> imagePaths.stream().anyMatch(path -> names(line, path))));
    }

    /**
     * Where {@code script} may land in the image when {@code source} (the script, a folder above it or
     * a glob) is copied to {@code destination}: the destination itself, or the script's path under it.
     */
    private static List<String> imagePaths(Path source, String destination, Path script) {
        String folder = destination.endsWith("/") ? destination.substring(0, destination.length() - 1) : destination;
        if (script.equals(source)) {
            // COPY a.sql /x/ puts it into the folder /x; COPY a.sql /x is /x itself, or /x/a.sql when /x is a folder.
            return destination.endsWith("/") ? List.of(folder + "/" + script.getFileName())
                    : List.of(folder, folder + "/" + script.getFileName());
        }
        if (script.startsWith(source)) {
            return List.of(folder + "/" + source.relativize(script).toString().replace('\\', '/'));
        }
        return List.of(folder + "/" + script.getFileName());
    }

    /** Whether {@code line} names {@code path} whole: not a longer path that begins with it ({@code /a/b.sql} is not {@code /a/b.sql.bak}). */
    private static boolean names(String line, String path) {
        for (int at = line.indexOf(path); at >= 0; at = line.indexOf(path, at + 1)) {
            int end = at + path.length();
            if (end == line.length() || !isPathChar(line.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPathChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '/';
    }

    private static List<String> linesOf(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            // Unreadable or not UTF-8 text: no evidence.
            return List.of();
        }
    }

    /** Whether a line of {@code file} puts {@code script} (by the host paths in group 1) into the init folder. */
    private static boolean mounts(Path file, Pattern line, Path script) {
        for (String text : linesOf(file)) {
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
