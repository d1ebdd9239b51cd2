package dev.evtlint.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.parse.ScriptParser;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Control-flow graphs of small bodies, one statement per line: each vertex is named by its line,
 * the exits by RETURN and ERROR; an edge reads "to" with its guards ("+" true, "-" false) and
 * "!" when it is taken on an error.
 */
class CfgTest {

    private static PlStatement.Block body(String plpgsql) {
        Statement.Do block = (Statement.Do) new ScriptParser()
                .parse(SourceFile.ofText("t.sql", "DO $$\n" + plpgsql + "\n$$;")).statements().get(0);
        return ((Part.PlPgSqlBody) block.body()).block();
    }

    /** Line of each statement vertex → its edges, the body block being line 2. */
    private static TreeMap<Integer, List<String>> edges(Cfg cfg) {
        TreeMap<Integer, List<String>> edges = new TreeMap<>();
        for (Cfg.Vertex vertex : cfg.vertices()) {
            if (vertex.statement() == null) {
                continue;
            }
            List<String> out = new ArrayList<>();
            for (Cfg.Edge edge : cfg.successors(vertex)) {
                String to = edge.to().statement() == null ? edge.to().kind().toString()
                        : String.valueOf(edge.to().statement().range().startLine());
                String guards = edge.guards().stream().map(g -> g.truth() ? "+" : "-").collect(Collectors.joining());
                out.add((edge.exceptional() ? "!" : "") + to + guards);
            }
            edges.put(vertex.statement().range().startLine(), out);
        }
        return edges;
    }

    private static PlStatement statementAt(Cfg cfg, int line) {
        return cfg.vertices().stream().filter(v -> v.statement() != null && v.statement().range().startLine() == line)
                .findFirst().orElseThrow().statement();
    }

    @Test
    void statementsAfterReturnOrRaiseAreUnreachable() {
        Cfg cfg = Cfg.of(body("BEGIN\n"
                + "  PERFORM 1;\n"
                + "  RETURN;\n"
                + "  PERFORM 2;\n"
                + "  RAISE EXCEPTION 'x';\n"
                + "END"));
        assertEquals("{2=[3], 3=[4], 4=[RETURN], 5=[6], 6=[ERROR]}", edges(cfg).toString());
        assertTrue(cfg.reachable(statementAt(cfg, 3)));
        assertFalse(cfg.reachable(statementAt(cfg, 5)));
        assertFalse(cfg.reachable(statementAt(cfg, 6)));
    }

    @Test
    void returnNextAndReturnQueryGoOn() {
        Cfg cfg = Cfg.of(body("BEGIN\n"
                + "  RETURN NEXT 1;\n"
                + "  RETURN QUERY SELECT 2;\n"
                + "  RETURN;\n"
                + "END"));
        assertEquals("{2=[3], 3=[4], 4=[5], 5=[RETURN]}", edges(cfg).toString());
    }

    @Test
    void ifElsifElseBranchesCarryTheirConditions() {
        Cfg cfg = Cfg.of(body("BEGIN\n"
                + "  IF a THEN\n"
                + "    PERFORM 1;\n"
                + "  ELSIF b THEN\n"
                + "  ELSE\n"
                + "    RAISE NOTICE 'n';\n"
                + "  END IF;\n"
                + "  CASE WHEN c THEN\n"
                + "    PERFORM 2;\n"
                + "  END CASE;\n"
                + "END"));
        assertEquals("{2=[3], 3=[4+, 9-+, 7--], 4=[9], 7=[9], 9=[10+, ERROR-], 10=[RETURN]}", edges(cfg).toString(),
                "a CASE without ELSE fails when no branch matches");
    }

    @Test
    void loopsGoBackToTheirHeadAndExitContinueFollowLabels() {
        Cfg cfg = Cfg.of(body("BEGIN\n"
                + "  <<outer>> FOR i IN 1..3 LOOP\n"
                + "    WHILE w LOOP\n"
                + "      EXIT outer WHEN x;\n"
                + "      CONTINUE WHEN y;\n"
                + "      EXIT;\n"
                + "    END LOOP;\n"
                + "    FOREACH v IN ARRAY arr LOOP\n"
                + "      CONTINUE outer;\n"
                + "    END LOOP;\n"
                + "  END LOOP;\n"
                + "  LOOP\n"
                + "    GET DIAGNOSTICS n = ROW_COUNT;\n"
                + "  END LOOP;\n"
                + "END"));
        assertEquals("{2=[3], 3=[4, 13], 4=[5+, 9-], 5=[13+, 6-], 6=[4+, 7-], 7=[9], 9=[10, 3], 10=[3], "
                + "13=[14], 14=[13]}", edges(cfg).toString());
        assertFalse(cfg.reachableVertices().contains(cfg.returned()), "the last LOOP never ends");
    }

    @Test
    void anExceptionHandlerIsEnteredFromEveryStatementOfItsBlockThatMayRaiseButNotFromTheDeclarations() {
        Cfg cfg = Cfg.of(body("BEGIN\n"
                + "  <<inner>> DECLARE d int := f();\n"
                + "  BEGIN\n"
                + "    PERFORM 1;\n"
                + "    IF a THEN\n"
                + "      EXIT inner;\n"
                + "    END IF;\n"
                + "    ASSERT b;\n"
                + "  EXCEPTION WHEN others THEN\n"
                + "    EXIT inner;\n"
                + "  END;\n"
                + "  PERFORM 3;\n"
                + "END"));
        // Testing a variable and EXIT raise nothing; PERFORM and ASSERT may.
        assertEquals("{2=[3], 3=[5], 5=[6, !11], 6=[7+, 9-], 7=[13], 9=[13+, ERROR-, !11], 11=[13], "
                + "13=[RETURN]}", edges(cfg).toString());
    }

    @Test
    void aRecoveryGuardFirstInABlockDoesNotLeadToItsHandler() {
        Cfg cfg = Cfg.of(body("BEGIN\n"
                + "  BEGIN\n"
                + "    IF pg_is_in_recovery() THEN\n"
                + "      RETURN;\n"
                + "    END IF;\n"
                + "    IF 1 / 0 = 1 THEN\n"
                + "      NULL;\n"
                + "    END IF;\n"
                + "  EXCEPTION WHEN others THEN\n"
                + "    NULL;\n"
                + "  END;\n"
                + "END"));
        // Only the IF whose condition may fail (a division by zero) leads to the handler.
        assertEquals("{2=[3], 3=[4], 4=[5+, 7-], 5=[RETURN], 7=[8+, RETURN-, !11], 8=[RETURN], 11=[RETURN]}",
                edges(cfg).toString());
    }

    @Test
    void theInnermostHandlerThatCatchesAnErrorIsFoundByNameCodeClassOrOthers() {
        Cfg cfg = Cfg.of(body("BEGIN\n"
                + "  BEGIN\n"
                + "    BEGIN\n"
                + "      INSERT INTO t VALUES (1);\n"
                + "    EXCEPTION WHEN unique_violation THEN\n"
                + "      NULL;\n"
                + "    END;\n"
                + "  EXCEPTION WHEN invalid_transaction_state OR SQLSTATE 'P0001' THEN\n"
                + "    INSERT INTO t VALUES (2);\n"
                + "  END;\n"
                + "EXCEPTION WHEN others THEN\n"
                + "  NULL;\n"
                + "END"));
        PlStatement insert = statementAt(cfg, 5);
        assertEquals(List.of("unique_violation"), cfg.handlerCatching(insert, "23505").conditions());
        // read_only_sql_transaction (25006) is of class 25, invalid_transaction_state
        assertEquals(9, cfg.handlerCatching(insert, ErrorConditions.READ_ONLY_SQL_TRANSACTION).range().startLine());
        assertEquals(9, cfg.handlerCatching(insert, "raise_exception").range().startLine());
        assertEquals(12, cfg.handlerCatching(insert, "division_by_zero").range().startLine());
        // OTHERS does not catch a failed ASSERT; a handler's own statements are protected by the outer blocks only
        assertEquals(null, cfg.handlerCatching(insert, "assert_failure"));
        assertEquals(12, cfg.handlerCatching(statementAt(cfg, 10), "23505").range().startLine());
    }

    @Test
    void theBranchesOfACaseWithASubjectCompareItWithEachValue() {
        Cfg cfg = Cfg.of(body("BEGIN\n"
                + "  CASE pg_is_in_recovery()\n"
                + "    WHEN true THEN\n"
                + "      RETURN;\n"
                + "    ELSE\n"
                + "      PERFORM 1;\n"
                + "  END CASE;\n"
                + "END"));
        assertEquals("{2=[3], 3=[5+, 7-], 5=[RETURN], 7=[RETURN]}", edges(cfg).toString());
        Cfg.Guard guard = cfg.successors(cfg.vertex(statementAt(cfg, 3))).get(0).guards().get(0);
        assertEquals("=", ((dev.evtlint.ast.Expr.Operator) guard.condition()).operator());
    }

    @Test
    void aBodyThatRaisesForSomeTagsReturnsOnlyForTheOthers() {
        Cfg listed = Cfg.of(body("BEGIN\nIF tg_tag IN ('DROP TABLE', 'DROP VIEW') THEN\nRAISE EXCEPTION 'no';\nEND IF;\nEND"));
        assertFalse(listed.mayReturnFor("DROP TABLE"));
        assertTrue(listed.mayReturnFor("DROP FUNCTION"));
        Cfg unlisted = Cfg.of(body("BEGIN\nIF tg_tag <> 'DROP TABLE' THEN\nRETURN;\nEND IF;\nRAISE EXCEPTION 'no';\nEND"));
        assertFalse(unlisted.mayReturnFor("DROP TABLE"));
        assertTrue(unlisted.mayReturnFor("DROP VIEW"));
        // A condition that is no test of TG_TAG against literals may go either way.
        Cfg other = Cfg.of(body("BEGIN\nIF lower(tg_tag) = 'drop table' THEN\nRAISE EXCEPTION 'no';\nEND IF;\nEND"));
        assertTrue(other.mayReturnFor("DROP TABLE"));
    }
}
