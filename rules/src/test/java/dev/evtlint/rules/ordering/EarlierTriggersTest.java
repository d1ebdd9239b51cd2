package dev.evtlint.rules.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.parse.ScriptParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EVT301's index of earlier triggers: a later trigger is handed only the earlier ones that run another function. */
class EarlierTriggersTest {
    private static final String AUDIT = "table\0audit";

    private static List<FunctionDef> functions(String... names) {
        StringBuilder script = new StringBuilder();
        for (String name : names) {
            script.append("CREATE FUNCTION ").append(name).append("() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n");
        }
        return ProjectModel.build(List.of(new ScriptParser().parse(SourceFile.ofText("f.sql", script.toString())))).functions();
    }

    @Test
    void triggersOfOneFunctionAreNeverHandedToEachOther() {
        int triggers = 10_000;
        List<FunctionDef> functions = functions("f", "g");
        FunctionDef f = functions.get(0);
        FunctionDef g = functions.get(1);
        EarlierTriggers earlier = new EarlierTriggers();
        for (int later = 0; later < triggers; later++) {
            earlier.forEachReader(AUDIT, f, index -> { });
            earlier.forEachIrreversible(f, index -> { });
            earlier.addReader(AUDIT, f, later);
            earlier.addIrreversible(f, later);
        }
        // Every pair of the 10,000 would be 2 * 50 million visits.
        assertEquals(0, earlier.visited());
        List<Integer> handed = new ArrayList<>();
        earlier.addReader("table\0other", g, triggers);
        earlier.forEachReader(AUDIT, g, handed::add);
        assertEquals(triggers, handed.size());
        earlier.forEachReader("table\0other", f, handed::add);
        assertEquals(List.of(0, 1, 2), handed.subList(0, 3));
        assertEquals(triggers, handed.get(handed.size() - 1));
        earlier.forEachIrreversible(g, handed::add);
        assertEquals(2 * triggers + 1, earlier.visited());
    }
}
