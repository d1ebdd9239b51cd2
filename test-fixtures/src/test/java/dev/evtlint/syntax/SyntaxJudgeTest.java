package dev.evtlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.corpus.HeldOutProjects;
import dev.evtlint.groundtruth.PlpgsqlCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL is the judge of syntax: every statement and LANGUAGE sql body evtlint rejects (EVT000)
 * in the corpora and the fixtures must be rejected by PostgreSQL 18's own parser (libpg_query), and every PL/pgSQL
 * body evtlint rejects by a real PostgreSQL 18 server compiling it. Writes
 * target/syntax-judge-report.tsv with every statement or body either side rejects; statements only
 * PostgreSQL rejects (psql variables, checks PostgreSQL makes outside its grammar) are counted, not failures.
 */
class SyntaxJudgeTest {
    private static final Path REPORT = Path.of("target", "syntax-judge-report.tsv");
    private static final Path SHARED = Path.of(System.getProperty("evtlint.shared.dir", "../../shared"), "corpus");

    @Test
    void postgresRejectsEverythingEvtlintRejects() throws Exception {
        long start = System.nanoTime();
        JudgedScripts scripts = new JudgedScripts(folders());
        long parsed = System.nanoTime();
        SyntaxJudgeReport report = new SyntaxJudgeReport();
        List<JudgedScripts.Item> statements = scripts.statements();
        List<LibPgQuery.Verdict> verdicts = LibPgQuery.installedIn(Path.of("target", "libpg-query"))
                .parse(statements.stream().map(JudgedScripts.Item::parserInput).toList());
        for (int i = 0; i < statements.size(); i++) {
            report.statement(statements.get(i), verdicts.get(i));
        }
        long judgedStatements = System.nanoTime();
        try (PlpgsqlCompiler compiler = PlpgsqlCompiler.start(Path.of("target", "syntax-judge", "logs"))) {
            for (JudgedScripts.Item body : scripts.rejectedBodies()) {
                report.rejectedBody(body, body.row().tag().equals("DO") ? compiler.compileDoBlock(body.bodyLiteral())
                        : compiler.compile(body.statementText(), body.bodyStart(), body.bodyEnd()));
            }
        }
        long end = System.nanoTime();
        report.write(REPORT);
        System.out.printf("%s%n  unreadable: %s%n  evtlint parses %.1f s, libpg_query %.1f s, the server %.1f s%n",
                report.summary(), scripts.unreadable(), (parsed - start) / 1e9, (judgedStatements - parsed) / 1e9,
                (end - judgedStatements) / 1e9);
        assertEquals(List.of(), report.disagreements(), "evtlint rejects what PostgreSQL accepts (" + REPORT + ")");
    }

    /**
     * The fixtures always; the shared corpora, the judged corpus and the PL/pgSQL code bases for the
     * parser where this checkout has them (the last two are rebuilt by scripts/corpus-rebuild.sh),
     * without the corpus projects held out from every test until they are judged.
     */
    private static List<JudgedScripts.Folder> folders() {
        Set<String> heldOut = HeldOutProjects.of(Path.of("corpus"));
        List<JudgedScripts.Folder> folders = new ArrayList<>();
        folders.add(new JudgedScripts.Folder("fixtures", Path.of("fixtures")));
        assertTrue(Files.isDirectory(folders.get(0).path()), "the fixtures are missing");
        for (JudgedScripts.Folder optional : List.of(
                new JudgedScripts.Folder("pg-regress", SHARED.resolve("pg-regress/valid")),
                new JudgedScripts.Folder("real-world", SHARED.resolve("real-world/files")),
                new JudgedScripts.Folder("corpus", Path.of("corpus/projects"), heldOut),
                new JudgedScripts.Folder("corpus-local", Path.of("corpus/local"), heldOut),
                new JudgedScripts.Folder("parser-local", Path.of("corpus/parser-local")))) {
            if (Files.isDirectory(optional.path())) {
                folders.add(optional);
            } else {
                System.out.println("syntax judge: " + optional.path().toAbsolutePath() + " is not in this checkout");
            }
        }
        return folders;
    }
}
