package dev.evtlint.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.concurrent.SmallStack;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.script.ScriptFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following psql's \i and \ir: where the files are, where their statements run, and what cannot be followed. */
class PsqlIncludeFollowingTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ScriptLoader.Loaded load(String... paths) {
        return ScriptLoader.load(AnalysisRequest.of(dir, java.util.Arrays.stream(paths).map(dir::resolve).toList()), Progress.NONE);
    }

    /** Each statement the scripts run, as file:line, in run order. */
    private static List<String> run(ScriptLoader.Loaded loaded) {
        ProjectModel model = ProjectModel.build(RunOrder.sort(loaded.topLevel(), List.of(), Path.of("")), loaded.inclusions());
        return model.executedStatements().stream().map(PsqlIncludeFollowingTest::at).toList();
    }

    private static String at(ExecutedStatement statement) {
        return statement.file().source().displayPath() + ":" + statement.statement().range().startLine();
    }

    private static List<String> names(List<ScriptFile> scripts) {
        return scripts.stream().map(script -> script.source().displayPath()).toList();
    }

    @Test
    void anIncludedScriptRunsWhereTheCommandStandsAndIncludesNest() throws IOException {
        write("db/main.sql", "SELECT 1;\n\\ir lib/a.sql\nSELECT 2;\n");
        write("db/lib/a.sql", "SELECT 10;\n\\include_relative b.sql\n");
        write("db/lib/b.sql", "SELECT 20;\n");
        ScriptLoader.Loaded loaded = load("db/main.sql");
        assertEquals(List.of("db/main.sql:1", "db/lib/a.sql:1", "db/lib/b.sql:1", "db/main.sql:3"), run(loaded));
        assertEquals(List.of("db/main.sql"), names(loaded.topLevel()));
        assertEquals(List.of(), loaded.notifications());
    }

    @Test
    void aFileThatDiscoveryFindsAndAScriptIncludesIsAnalysedOnceAndRunsOnlyWhereIncluded() throws IOException {
        write("db/a-functions.sql", "SELECT 10;\n");
        write("db/main.sql", "SELECT 1;\n\\ir a-functions.sql\n\\ir a-functions.sql\n");
        ScriptLoader.Loaded loaded = load("db");
        assertEquals(List.of("db/a-functions.sql", "db/main.sql"), names(loaded.scripts()));
        assertEquals(List.of("db/main.sql"), names(loaded.topLevel()));
        // psql runs a file as often as it is included.
        assertEquals(List.of("db/main.sql:1", "db/a-functions.sql:1", "db/a-functions.sql:1"), run(loaded));
    }

    @Test
    void plainIncludeReadsFromTheWorkingDirectoryElseFromTheScriptsFolder() throws IOException {
        write("db/main.sql", "\\i db/from-working-directory.sql\n\\i beside.sql\n");
        write("db/from-working-directory.sql", "SELECT 1;\n");
        write("db/beside.sql", "SELECT 2;\n");
        write("beside.sql", "SELECT 3;\n");
        assertEquals(List.of("db/from-working-directory.sql:1", "beside.sql:1"), run(load("db/main.sql")));
    }

    @Test
    void aMissingFileIsANoticeAndANameFromAPsqlVariableIsPassedOverSilently() throws IOException {
        write("db/main.sql", "SELECT 1;\n\\ir missing.sql\n\\i :file\n\\i gone.sql\nSELECT 2;\n");
        ScriptLoader.Loaded loaded = load("db/main.sql");
        assertEquals(List.of("db/main.sql:1", "db/main.sql:5"), run(loaded));
        assertEquals(List.of(
                new ToolNotification("db/main.sql", "line 2: \\ir missing.sql not followed: no such file: db/missing.sql", false),
                new ToolNotification("db/main.sql", "line 4: \\i gone.sql not followed: no such file: gone.sql or db/gone.sql", false)),
                loaded.notifications());
    }

    @Test
    void nothingOutsideTheRepositoryIsRead() throws IOException {
        write("secret.sql", "SELECT 'secret';\n");
        write("repo/.git/HEAD", "ref: refs/heads/main\n");
        write("repo/db/main.sql", "\\ir ../../secret.sql\n\\i /etc/passwd\n\\ir ../shared.sql\n\\i ../lib.sql\nSELECT 1;\n");
        write("repo/shared.sql", "SELECT 2;\n");
        write("repo/lib.sql", "SELECT 3;\n");
        Path repo = dir.resolve("repo");
        ScriptLoader.Loaded loaded = ScriptLoader.load(AnalysisRequest.of(repo, List.of(repo.resolve("db/main.sql"))), Progress.NONE);
        // ../lib.sql climbs out from the working directory, not from the script's folder, where psql may run too.
        assertEquals(List.of("shared.sql:1", "lib.sql:1", "db/main.sql:5"), run(loaded));
        // An absolute path names a file of the machine psql runs on: passed over without a notice.
        assertEquals(List.of(new ToolNotification("db/main.sql",
                "line 1: \\ir ../../secret.sql not followed: it leads out of the repository (it climbs out of repo with '..')",
                false)), loaded.notifications());
    }

    @Test
    void aCycleIsFollowedOnceWithANotice() throws IOException {
        write("a.sql", "SELECT 1;\n\\ir b.sql\n");
        write("b.sql", "SELECT 2;\n\\ir a.sql\n");
        ScriptLoader.Loaded loaded = load("a.sql", "b.sql");
        assertEquals(List.of("a.sql:1", "b.sql:1"), run(loaded));
        assertEquals(List.of(new ToolNotification("b.sql", "line 2: \\ir a.sql not followed: it closes a cycle of includes "
                + "(a.sql -> b.sql -> a.sql), which psql would follow until it runs out of open files; evtlint follows it once",
                false)), loaded.notifications());
    }

    @Test
    void standardInputIncludesRelativeToTheWorkingDirectory() throws IOException {
        write("db/a.sql", "SELECT 10;\n");
        ScriptLoader.Loaded loaded = ScriptLoader.load(new AnalysisRequest(List.of(), dir, AnalysisRequest.DEFAULT_PG_VERSION,
                Set.of(), Set.of(), List.of(), 1, List.of(new InMemorySource("stdin.sql", "\\ir db/a.sql\nSELECT 1;\n"))),
                Progress.NONE);
        assertEquals(List.of("db/a.sql:1", "stdin.sql:2"), run(loaded));
    }

    @Test
    void aChainOfIncludesOfAnyDepthIsFollowedAndItsCycleCutWithoutRecursion() throws IOException, InterruptedException {
        int depth = 5_000;
        for (int i = 0; i < depth; i++) {
            // the last closes a cycle back to the first, at the full depth of the chain
            write("s_" + i + ".sql", "SELECT " + i + ";\n\\ir s_" + ((i + 1) % depth) + ".sql\n");
        }
        ScriptParser parser = new ScriptParser();
        List<ToolNotification> problems = new ArrayList<>();
        PsqlIncludeFollowing.Followed followed = SmallStack.call(() -> PsqlIncludeFollowing.follow(
                List.of(parsed(parser, dir.resolve("s_0.sql"))), dir, file -> parsed(parser, file), problems::add));
        assertEquals(depth, followed.scripts().size());
        assertEquals(1, problems.size());
        String notice = problems.get(0).message();
        assertTrue(notice.startsWith("line 2: \\ir s_0.sql not followed: it closes a cycle of includes (s_0.sql -> s_1.sql -> "), notice);
        assertTrue(notice.contains("s_4999.sql -> s_0.sql)"), notice);
        // every other command is followed: the chain runs down to its last script
        assertSame(followed.scripts().get(depth - 1), followed.inclusions().allRunning(List.of(followed.scripts().get(0))).get(depth - 1));
    }

    private ScriptFile parsed(ScriptParser parser, Path file) {
        try {
            return parser.parse(new SourceFile(file, dir.relativize(file).toString(), Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
