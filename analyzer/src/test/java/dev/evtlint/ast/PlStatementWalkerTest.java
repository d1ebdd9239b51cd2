package dev.evtlint.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.evtlint.parse.ScriptParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlStatementWalkerTest {
    private static final String BODY = """
            DO $$
            BEGIN
              IF a THEN
                PERFORM 1;
              ELSIF b THEN
                LOOP
                  EXIT;
                END LOOP;
              ELSE
                CASE c WHEN 1 THEN RETURN; ELSE NULL; END CASE;
              END IF;
              BEGIN
                PERFORM 2;
              EXCEPTION WHEN OTHERS THEN
                RAISE NOTICE 'x';
              END;
            END $$;
            """;

    @Test
    void everyStatementInSourceOrder() {
        assertEquals(List.of("Block", "If", "Perform", "Loop", "Exit", "Case", "Return", "Null", "Block", "Perform", "Raise"),
                kinds(PlStatementWalker.statementsIn(body())));
    }

    @Test
    void theStatementsDirectlyInsideOne() {
        PlStatement.Block body = body();
        assertEquals(List.of("If", "Block"), kinds(PlStatementWalker.nestedIn(body)));
        assertEquals(List.of("Perform", "Loop", "Case"), kinds(PlStatementWalker.nestedIn(body.body().get(0))));
        assertEquals(List.of("Perform", "Raise"), kinds(PlStatementWalker.nestedIn(body.body().get(1))));
    }

    @Test
    void aWalkCarriesItsContextDownAndChangesItWhereItSays() {
        List<String> depths = new ArrayList<>();
        new PlStatementWalker<Integer>() {
            @Override
            protected void statement(PlStatement statement, Integer depth) {
                depths.add(statement.getClass().getSimpleName() + depth);
                super.statement(statement, depth);
            }

            @Override
            protected void loop(PlStatement.Loop loop, Integer depth) {
                statements(loop.body(), depth + 1);
            }

            @Override
            protected void handler(Part.PlExceptionHandler handler, Integer depth) {
                statements(handler.body(), depth + 10);
            }
        }.walk(body(), 0);
        assertEquals(List.of("Block0", "If0", "Perform0", "Loop0", "Exit1", "Case0", "Return0", "Null0", "Block0", "Perform0",
                "Raise10"), depths);
    }

    private static List<String> kinds(List<PlStatement> statements) {
        return statements.stream().map(statement -> statement.getClass().getSimpleName()).toList();
    }

    private static PlStatement.Block body() {
        Statement.Do block = (Statement.Do) new ScriptParser().parse(SourceFile.ofText("walk.sql", BODY)).statements().get(0);
        return ((Part.PlPgSqlBody) block.body()).block();
    }
}
