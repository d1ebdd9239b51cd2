package dev.evtlint.api;

import dev.evtlint.model.Inclusions;
import dev.evtlint.script.PsqlInclude;
import dev.evtlint.script.ScriptFile;
import dev.evtlint.source.RepositoryPath;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Follows the psql include commands of the loaded scripts to the files they run, loading those
 * that discovery did not find (a file included twice, or also found by discovery, is loaded once).
 * psql reads {@code \ir}'s file relative to the folder of the file that holds the command, and
 * {@code \i}'s relative to the folder psql runs in (process_file() in psql's command.c). evtlint does
 * not know that folder: it takes the working directory, where a CI job runs both, and else the
 * script's own folder, where {@code cd db && psql -f main.sql} runs it. A file found in neither, one
 * outside the repository ({@link RepositoryPath}) and an include cycle (which psql follows until it
 * runs out of open files) are notifications; a cycle is followed once. A name that depends on how
 * or where psql runs ({@code :variable}, an absolute path) is not followed.
 */
final class PsqlIncludeFollowing {
    /** The scripts, those included added, and which script each include command runs. */
    record Followed(List<ScriptFile> scripts, Inclusions inclusions) {
    }

    private final Path workingDirectory;
    private final Function<Path, ScriptFile> load;
    private final Consumer<ToolNotification> problems;
    private final List<ScriptFile> scripts;
    private final Map<Path, ScriptFile> byRealPath = new HashMap<>();
    private final Map<ScriptFile, Map<PsqlInclude, ScriptFile>> targets = new IdentityHashMap<>();

    private PsqlIncludeFollowing(List<ScriptFile> scripts, Path workingDirectory, Function<Path, ScriptFile> load,
                                 Consumer<ToolNotification> problems) {
        this.scripts = new ArrayList<>(scripts);
        this.workingDirectory = workingDirectory;
        this.load = load;
        this.problems = problems;
    }

    /**
     * Follows the include commands of {@code scripts} and of the scripts they include; {@code load}
     * reads and parses a file, or tells {@code problems} why it cannot and returns null.
     */
    static Followed follow(List<ScriptFile> scripts, Path workingDirectory, Function<Path, ScriptFile> load,
                           Consumer<ToolNotification> problems) {
        PsqlIncludeFollowing following = new PsqlIncludeFollowing(scripts, workingDirectory, load, problems);
        return following.run();
    }

    private Followed run() {
        if (scripts.stream().allMatch(script -> script.includes().isEmpty())) {
            // The common case, without a look at every file's real path.
            return new Followed(List.copyOf(scripts), Inclusions.NONE);
        }
        for (ScriptFile script : scripts) {
            Path real = realPath(script.source().path());
            if (real != null) {
                byRealPath.putIfAbsent(real, script);
            }
        }
        // The list grows while it is walked: included files have include commands too.
        for (int i = 0; i < scripts.size(); i++) {
            ScriptFile script = scripts.get(i);
            for (PsqlInclude include : script.includes()) {
                ScriptFile target = target(script, include);
                if (target != null) {
                    targets.computeIfAbsent(script, s -> new HashMap<>()).put(include, target);
                }
            }
        }
        cutCycles();
        Inclusions.Builder inclusions = new Inclusions.Builder();
        targets.forEach((from, its) -> its.forEach((include, target) -> inclusions.add(from, include, target)));
        return new Followed(List.copyOf(scripts), inclusions.build());
    }

    private ScriptFile target(ScriptFile script, PsqlInclude include) {
        if (include.path() == null || isAbsolute(include.path())) {
            // How and where psql runs decides the file (a variable set with -v, a path of the
            // machine it runs on): no notice, which would fail every run of a script written that
            // way; its statements are simply not analysed.
            return null;
        }
        Path repository = repository(script);
        List<Path> folders = folders(script, include);
        String outside = null;
        for (Path folder : folders) {
            try {
                return loaded(RepositoryPath.resolve(folder, include.path(), repository));
            } catch (NoSuchFileException e) {
                // Perhaps in the next folder.
            } catch (RepositoryPath.Outside e) {
                outside = e.getMessage();
            }
        }
        notFollowed(script, include, outside != null ? "it leads out of the repository (" + outside + ")"
                : "no such file: " + String.join(" or ", folders.stream()
                        .map(folder -> DisplayPaths.of(folder.resolve(include.path()), workingDirectory)).toList()));
        return null;
    }

    private ScriptFile loaded(Path file) {
        Path real = realPath(file);
        if (!byRealPath.containsKey(real)) {
            ScriptFile loaded = load.apply(file);
            // A file that cannot be read is told once (by load), however often it is included.
            byRealPath.put(real, loaded);
            if (loaded != null) {
                scripts.add(loaded);
            }
        }
        return byRealPath.get(real);
    }

    private static boolean isAbsolute(String path) {
        try {
            return Path.of(path).isAbsolute();
        } catch (InvalidPathException e) {
            // RepositoryPath says what is wrong with it.
            return false;
        }
    }

    /**
     * The repository an include command may read from: a pull request must not make evtlint read
     * (and quote) files of the machine ({@link RepositoryPath}). It is that of the working
     * directory, or of the script when the script lies outside it.
     */
    private Path repository(ScriptFile script) {
        Path repository = RepositoryPath.repositoryOf(workingDirectory);
        Path path = script.source().path();
        return path == null || path.toAbsolutePath().normalize().startsWith(repository) ? repository
                : RepositoryPath.repositoryOf(path.toAbsolutePath().getParent());
    }

    /** Where psql may find the file: see the class comment. Standard input has no folder of its own. */
    private List<Path> folders(ScriptFile script, PsqlInclude include) {
        Path path = script.source().path();
        Set<Path> folders = new LinkedHashSet<>();
        if (!include.relative()) {
            folders.add(workingDirectory.toAbsolutePath().normalize());
        }
        folders.add(path == null ? workingDirectory.toAbsolutePath().normalize() : path.toAbsolutePath().normalize().getParent());
        return List.copyOf(folders);
    }

    /**
     * Cuts each include command that closes a cycle, in a depth-first walk from the scripts that no
     * other includes (then from any not reached yet: a cycle of files that discovery found), in order.
     */
    private void cutCycles() {
        Set<ScriptFile> included = Collections.newSetFromMap(new IdentityHashMap<>());
        targets.values().forEach(its -> included.addAll(its.values()));
        Set<ScriptFile> done = Collections.newSetFromMap(new IdentityHashMap<>());
        scripts.stream().filter(script -> !included.contains(script)).forEach(script -> walk(script, done));
        scripts.forEach(script -> walk(script, done));
    }

    /** A script whose include commands the walk is going through, and the next of them to look at. */
    private static final class Open {
        private final ScriptFile script;
        private int nextInclude;

        Open(ScriptFile script) {
            this.script = script;
        }
    }

    /**
     * The depth-first walk from {@code start}. The scripts whose includes it is going through wait on
     * a stack of their own rather than the thread's (a chain of includes is as deep as it is long),
     * and where each stands in it is kept by script, so that whether a command closes a cycle is
     * one look-up, not a scan of the open chain.
     */
    private void walk(ScriptFile start, Set<ScriptFile> done) {
        if (done.contains(start)) {
            return;
        }
        List<Open> running = new ArrayList<>();
        Map<ScriptFile, Integer> depthOf = new IdentityHashMap<>();
        running.add(new Open(start));
        depthOf.put(start, 0);
        while (!running.isEmpty()) {
            Open open = running.get(running.size() - 1);
            ScriptFile script = open.script;
            if (open.nextInclude == script.includes().size()) {
                running.remove(running.size() - 1);
                depthOf.remove(script);
                done.add(script);
                continue;
            }
            PsqlInclude include = script.includes().get(open.nextInclude++);
            Map<PsqlInclude, ScriptFile> its = targets.getOrDefault(script, Map.of());
            ScriptFile target = its.get(include);
            if (target == null || done.contains(target)) {
                continue;
            }
            Integer at = depthOf.get(target);
            if (at != null) {
                its.remove(include);
                notFollowed(script, include, "it closes a cycle of includes (" + cycle(running.subList(at, running.size()), target)
                        + "), which psql would follow until it runs out of open files; evtlint follows it once");
            } else {
                depthOf.put(target, running.size());
                running.add(new Open(target));
            }
        }
    }

    private static String cycle(List<Open> files, ScriptFile back) {
        List<String> names = new ArrayList<>(files.stream().map(file -> file.script.source().displayPath()).toList());
        names.add(back.source().displayPath());
        return String.join(" -> ", names);
    }

    private void notFollowed(ScriptFile script, PsqlInclude include, String why) {
        int line = script.source().lines().line(include.offset());
        problems.accept(new ToolNotification(script.source().displayPath(),
                "line " + line + ": " + include.written() + " not followed: " + why, false));
    }

    private static Path realPath(Path path) {
        if (path == null) {
            return null;
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
