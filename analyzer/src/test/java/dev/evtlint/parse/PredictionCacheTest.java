package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.script.ScriptFile;
import org.junit.jupiter.api.Test;

class PredictionCacheTest {
    private static final String SCRIPT = """
            WITH recent AS (SELECT id FROM log ORDER BY id DESC LIMIT 3)
            INSERT INTO archive SELECT * FROM recent WHERE id > numeric(10, 2) '1.5';
            CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF NOT pg_is_in_recovery() THEN
                INSERT INTO login_log VALUES (session_user, now());
              END IF;
            END $$;
            """;

    @Test
    void emptiedAboveTheBoundAndParsingGivesTheSameTrees() {
        ScriptFile before = parse();
        assertTrue(PredictionCache.states() > 0);

        PredictionCache.trim(0);

        assertEquals(0, PredictionCache.states());
        ScriptFile after = parse();
        assertEquals(before.statements(), after.statements());
        assertTrue(before.syntaxErrors().isEmpty() && after.syntaxErrors().isEmpty());
        assertTrue(PredictionCache.states() > 0, "the next parse builds the DFAs again");
    }

    @Test
    void keptBelowTheBound() {
        parse();
        int states = PredictionCache.states();

        PredictionCache.trim(PredictionCache.MAX_STATES);

        assertTrue(states <= PredictionCache.MAX_STATES);
        assertEquals(states, PredictionCache.states());
    }

    private static ScriptFile parse() {
        return new ScriptParser().parse(SourceFile.ofText("cache.sql", SCRIPT));
    }
}
