package dev.evtlint.groundtruth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PL/pgSQL compiler's verdicts: an error inside the body rejects it, one before the body cannot tell. */
class PlpgsqlCompilerTest {
    private static PlpgsqlCompiler compiler;

    @BeforeAll
    static void start() throws Exception {
        compiler = PlpgsqlCompiler.start(Path.of("target", "syntax-judge", "logs"));
    }

    @AfterAll
    static void stop() throws Exception {
        compiler.close();
    }

    @Test
    void aBodyPostgresCompilesIsAccepted() throws Exception {
        String sql = "CREATE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN PERFORM 1; END$$";
        assertEquals(PlpgsqlCompiler.Outcome.ACCEPTED, compile(sql).outcome());
    }

    @Test
    void aSyntaxErrorInTheBodyRejectsIt() throws Exception {
        String sql = "CREATE FUNCTION audit() RETURNS event_trigger LANGUAGE plpgsql AS $$BEGIN PERFORM 1 END$$";
        assertEquals(new PlpgsqlCompiler.Verdict(PlpgsqlCompiler.Outcome.REJECTED, "42601 syntax error at end of input"),
                compile(sql));
    }

    @Test
    void anErrorBeforeTheBodyCannotTell() throws Exception {
        String sql = "CREATE FUNCTION audit(x no_such_type) RETURNS void LANGUAGE plpgsql AS $$BEGIN PERFORM 1 END$$";
        assertEquals(new PlpgsqlCompiler.Verdict(PlpgsqlCompiler.Outcome.UNDECIDED,
                "42704 type no_such_type does not exist (not inside the body)"), compile(sql));
    }

    @Test
    void aDoBlockIsCompiledAsAFunctionBody() throws Exception {
        assertEquals(PlpgsqlCompiler.Outcome.ACCEPTED, compiler.compileDoBlock("$$BEGIN RETURN; END$$").outcome());
        assertEquals(PlpgsqlCompiler.Outcome.REJECTED, compiler.compileDoBlock("$$BEGIN RETURN 1; END$$").outcome());
    }

    private static PlpgsqlCompiler.Verdict compile(String sql) throws Exception {
        return compiler.compile(sql, sql.indexOf("$$"), sql.length());
    }
}
