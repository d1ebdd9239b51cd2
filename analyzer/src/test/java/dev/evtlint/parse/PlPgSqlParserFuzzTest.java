package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SyntaxError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the PL/pgSQL parser and its AST builder (with the SQL embedded in it) with the input as a
 * function body: a block or a syntax error, never an exception, every position inside the input.
 */
class PlPgSqlParserFuzzTest {

    @FuzzTest
    void body(byte[] input) {
        SourceFile file = SourceFile.ofText("fuzz.sql", new String(input, StandardCharsets.UTF_8));
        int length = file.text().length();
        List<SyntaxError> errors = new ArrayList<>();
        Part.FunctionBody body = new SqlParsing(errors::add, PhaseTimes.NONE)
                .parse("plpgsql", TextSlice.inFile(file, file.text(), 0, length), file.range(0, length));
        RangeAssertions.assertInside(file, assertInstanceOf(Part.PlPgSqlBody.class, body));
        RangeAssertions.assertInside(file, errors);
    }
}
