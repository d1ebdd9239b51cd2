package dev.evtlint.api;

import dev.evtlint.source.GitIgnore;
import dev.evtlint.source.IoFailure;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Finds the scripts a request names: files as given, and the files below a directory that its
 * {@link SourceFilter} accepts. Symbolic links are followed, as a shell would, but each folder is
 * walked once per directory given: a link back to a folder above, or many links to the same
 * folders (a committed chain of folders with two links each would take 2^depth walks), cost
 * nothing more. A file reached twice (through a link, or from two overlapping paths) is analysed
 * once, under the first path in path order. A path that does not exist, a dangling link, a link
 * loop and a directory that cannot be read become notifications; so does a directory named in which
 * no script is found, since a mistyped folder in CI must not pass as a clean run. No paths (and no
 * texts) stand for the working directory.
 * <p>
 * Below a directory, the walk leaves out what is not the project's own source: version control
 * folders and the usual build output folders ({@link #SKIPPED_FOLDERS}: a built Maven project holds
 * a copy of every migration in {@code target/classes}), what the repository's {@code .gitignore}
 * files ignore, and what the request's excludes match. A file or folder named directly is always taken.
 */
final class SourceDiscovery {
    /** Version control folders and the build output folders of Maven, Gradle and npm. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn", "target", "build", "node_modules");
    private static final String NO_SCRIPT = "no script found below this folder (build output, version control folders, "
            + "and what .gitignore or an exclude leaves out are not searched)";

    private SourceDiscovery() {
    }

    static List<Path> find(AnalysisRequest request, Consumer<ToolNotification> problems) {
        Path workingDirectory = request.workingDirectory();
        TreeSet<Path> found = new TreeSet<>();
        GitIgnore gitIgnore = new GitIgnore();
        // Without paths, the working directory: finding no script there is no mistake, as it is in a folder named.
        boolean named = !request.paths().isEmpty();
        List<Path> paths = named || !request.texts().isEmpty() ? request.paths() : List.of(workingDirectory);
        for (Path given : paths) {
            Path path = workingDirectory.resolve(given).normalize();
            if (Files.isDirectory(path)) {
                Walk walk = new Walk(path, request, gitIgnore, found, problems);
                walk.run();
                if (named && !walk.foundAny()) {
                    problems.accept(new ToolNotification(DisplayPaths.of(path, workingDirectory),
                            NO_SCRIPT, false));
                }
            } else if (Files.exists(path)) {
                found.add(path);
            } else {
                problems.accept(new ToolNotification(DisplayPaths.of(path, workingDirectory), missing(path), false));
            }
        }
        return onceEach(found);
    }

    /** Collects the accepted files of one directory tree, following links, each real folder once. */
    private static final class Walk {
        private final Path root;
        private final AnalysisRequest request;
        private final GitIgnore gitIgnore;
        private final TreeSet<Path> found;
        private final Consumer<ToolNotification> problems;
        /** Folders to walk, smallest path first: a folder reached twice is walked under its first path in path order. */
        private final PriorityQueue<Path> pending = new PriorityQueue<>();
        private final Set<Path> walked = new HashSet<>();
        private boolean foundAny;

        Walk(Path root, AnalysisRequest request, GitIgnore gitIgnore, TreeSet<Path> found,
             Consumer<ToolNotification> problems) {
            this.root = root;
            this.request = request;
            this.gitIgnore = gitIgnore;
            this.found = found;
            this.problems = problems;
        }

        void run() {
            pending.add(root);
            while (!pending.isEmpty()) {
                Path folder = pending.poll();
                Path real = realPath(folder);
                if (real != null && walked.add(real)) {
                    list(folder);
                }
            }
        }

        /** Whether the walk came upon a script, also one that an earlier path had found. */
        boolean foundAny() {
            return foundAny;
        }

        private void list(Path folder) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    visit(entry);
                }
            } catch (IOException e) {
                report(folder, "cannot read: " + IoFailure.reason(e));
            }
        }

        private void visit(Path entry) {
            boolean directory = Files.isDirectory(entry);
            if (leftOut(entry, directory)) {
                return;
            }
            if (directory) {
                pending.add(entry);
            } else if (request.sources().accepts(root.relativize(entry))) {
                foundAny = true;
                if (Files.exists(entry)) {
                    // Files that are not regular (FIFOs) are added too: reading them says why they are not analysed.
                    found.add(entry);
                } else {
                    report(entry, missing(entry));
                }
            }
        }

        private boolean leftOut(Path entry, boolean directory) {
            if (directory && SKIPPED_FOLDERS.contains(entry.getFileName().toString())) {
                return true;
            }
            Path absolute = entry.toAbsolutePath().normalize();
            return request.excludes().stream().anyMatch(glob -> glob.matches(absolute))
                    || gitIgnore.ignores(absolute, directory);
        }

        private void report(Path path, String message) {
            problems.accept(new ToolNotification(DisplayPaths.of(path, request.workingDirectory()), message, false));
        }
    }

    /** Why nothing is at {@code path}: no file, a link to nothing, or a link that leads back to itself. */
    private static String missing(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return "no such file or directory";
        }
        try {
            path.toRealPath();
            return "no such file or directory";
        } catch (NoSuchFileException e) {
            return "dangling symbolic link (its target does not exist)";
        } catch (AccessDeniedException e) {
            return "cannot read: permission denied";
        } catch (IOException e) {
            return "symbolic link loop (the link leads back to itself)";
        }
    }

    /** The paths in order, without the ones that are the same file as an earlier one. */
    private static List<Path> onceEach(TreeSet<Path> paths) {
        Set<Path> seen = new HashSet<>();
        List<Path> unique = new ArrayList<>();
        for (Path path : paths) {
            Path real = realPath(path);
            if (seen.add(real != null ? real : path.toAbsolutePath())) {
                unique.add(path);
            }
        }
        return unique;
    }

    /** The path with every link resolved, or null when it leads nowhere (reading it will say why). */
    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
