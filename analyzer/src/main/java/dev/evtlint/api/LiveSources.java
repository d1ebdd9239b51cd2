package dev.evtlint.api;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.script.ScriptFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a long-running process (a language server) keeps between runs over the same project: the
 * text of unsaved editor buffers, which takes the place of their files on disk, and the scripts
 * parsed in the previous run, reused while their text is unchanged. Only a changed file is then
 * parsed again; the project model, the flow analysis and the rules still see every file, so an edit
 * in one script re-decides the findings of every script that depends on it.
 */
public final class LiveSources {
    /** For a one-off run: no buffers, nothing kept. */
    public static final LiveSources NONE = new LiveSources(false);

    private record Parsed(String text, ScriptFile script) {
    }

    private final boolean keepsParses;
    private final Map<Path, String> unsaved = new ConcurrentHashMap<>();
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final Set<String> usedThisRun = ConcurrentHashMap.newKeySet();

    private LiveSources(boolean keepsParses) {
        this.keepsParses = keepsParses;
    }

    public static LiveSources create() {
        return new LiveSources(true);
    }

    /** From now on {@code file} (an absolute path) reads as {@code text}, until {@link #saved}. */
    public void edited(Path file, String text) {
        unsaved.put(file.toAbsolutePath().normalize(), text);
    }

    /** {@code file} reads from disk again: its buffer was saved or closed. */
    public void saved(Path file) {
        unsaved.remove(file.toAbsolutePath().normalize());
    }

    /** The unsaved text of {@code file}, or null when the file on disk holds its text. */
    String unsavedText(Path file) {
        return unsaved.get(file.toAbsolutePath().normalize());
    }

    /** The script parsed from {@code source} in an earlier run when its text is the same, else {@code parse}'s. */
    ScriptFile parsed(SourceFile source, Supplier<ScriptFile> parse) {
        if (!keepsParses) {
            return parse.get();
        }
        String key = key(source);
        usedThisRun.add(key);
        Parsed earlier = parsed.get(key);
        if (earlier != null && earlier.text().equals(source.text())) {
            return earlier.script();
        }
        ScriptFile script = parse.get();
        parsed.put(key, new Parsed(source.text(), script));
        return script;
    }

    private static String key(SourceFile source) {
        return source.path() != null ? source.path().toString() : source.displayPath();
    }

    /** Forgets the parses of files that the run that just ended no longer had (deleted, renamed). */
    void runFinished() {
        if (keepsParses) {
            parsed.keySet().retainAll(usedThisRun);
            usedThisRun.clear();
        }
    }
}
