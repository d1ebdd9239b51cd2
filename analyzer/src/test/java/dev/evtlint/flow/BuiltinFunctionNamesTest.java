package dev.evtlint.flow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.QualifiedName;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BuiltinFunctionNamesTest {

    private static QualifiedName name(String... parts) {
        return new QualifiedName(null, Arrays.stream(parts).map(p -> new Identifier(null, p, false)).toList());
    }

    @Test
    void knowsPgProcAndSqlSyntaxNamesUnqualifiedOrInPgCatalog() {
        assertTrue(BuiltinFunctionNames.isBuiltin(name("pg_event_trigger_ddl_commands")));
        assertTrue(BuiltinFunctionNames.isBuiltin(name("pg_catalog", "format")));
        assertTrue(BuiltinFunctionNames.isBuiltin(name("string_agg")));
        assertTrue(BuiltinFunctionNames.isBuiltin(name("coalesce")));
        assertTrue(BuiltinFunctionNames.isBuiltin(name("current_timestamp")));
    }

    @Test
    void otherSchemasAndUnknownNamesAreNotBuiltins() {
        assertFalse(BuiltinFunctionNames.isBuiltin(name("audit", "format")));
        assertFalse(BuiltinFunctionNames.isBuiltin(name("log_ddl")));
        assertFalse(BuiltinFunctionNames.isBuiltin(name("dblink_exec")));
    }
}
