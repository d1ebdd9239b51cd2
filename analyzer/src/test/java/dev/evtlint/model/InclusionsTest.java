package dev.evtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.concurrent.SmallStack;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripts psql include commands run: in which order their statements run, also down a chain of any depth. */
class InclusionsTest {

    /** s_0 includes s_1, which includes s_2 ... s_(depth-1), each between two statements of its own; the last creates an event trigger. */
    private static List<ScriptFile> chain(int depth) {
        ScriptParser parser = new ScriptParser();
        List<ScriptFile> scripts = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            String text = i + 1 < depth
                    ? "SELECT " + i + ";\n\\ir s_" + (i + 1) + ".sql\nSELECT -" + i + ";\n"
                    : "CREATE EVENT TRIGGER t ON ddl_command_end EXECUTE FUNCTION f();\n";
            scripts.add(parser.parse(SourceFile.ofText("s_" + i + ".sql", text)));
        }
        return scripts;
    }

    private static Inclusions including(List<ScriptFile> chain) {
        Inclusions.Builder builder = new Inclusions.Builder();
        for (int i = 0; i + 1 < chain.size(); i++) {
            builder.add(chain.get(i), chain.get(i).includes().get(0), chain.get(i + 1));
        }
        return builder.build();
    }

    @Test
    void anIncludedScriptRunsBetweenTheStatementsAroundItsCommand() {
        List<ScriptFile> chain = chain(3);
        List<String> run = new ArrayList<>();
        including(chain).forEachStatement(chain.get(0), Database.DEFAULT, (file, statement, database) -> run.add(file.source().displayPath()
                + ":" + statement.range().startLine()));
        assertEquals(List.of("s_0.sql:1", "s_1.sql:1", "s_2.sql:1", "s_1.sql:3", "s_0.sql:3"), run);
    }

    @Test
    void aChainOfIncludesOfAnyDepthIsFollowedWithoutRecursion() throws InterruptedException {
        int depth = 5_000;
        List<ScriptFile> chain = chain(depth);
        Inclusions inclusions = including(chain);
        List<ScriptFile> statementFiles = SmallStack.call(() -> {
            List<ScriptFile> files = new ArrayList<>();
            inclusions.forEachStatement(chain.get(0), Database.DEFAULT, (file, statement, database) -> files.add(file));
            return files;
        });
        assertEquals(2 * depth - 1, statementFiles.size());
        assertEquals(chain.get(depth - 1), statementFiles.get(depth - 1));
        assertEquals(chain, SmallStack.call(() -> inclusions.allRunning(List.of(chain.get(0)))));
        assertTrue(inclusions.isIncluded(chain.get(depth - 1)));
        assertFalse(inclusions.isIncluded(chain.get(0)));
        ProjectModel model = SmallStack.call(() -> ProjectModel.build(List.of(chain.get(0)), inclusions));
        assertEquals(2 * depth - 1, model.executedStatements().size());
        assertEquals(chain, model.scriptsRunBy(chain.get(0)));
    }
}
