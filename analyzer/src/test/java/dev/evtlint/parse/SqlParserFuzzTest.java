package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the SQL parser and AST builder with the whole input as one statement: it yields a
 * statement or a syntax error, never an exception, and every position lies inside the input.
 */
class SqlParserFuzzTest {

    @FuzzTest
    void statement(byte[] input) {
        SourceFile file = SourceFile.ofText("fuzz.sql", new String(input, StandardCharsets.UTF_8));
        List<SyntaxError> errors = new ArrayList<>();
        Statement statement = new SqlParsing(errors::add, PhaseTimes.NONE)
                .statement(TextSlice.inFile(file, file.text(), 0, file.text().length()));
        assertNotNull(statement.commandTag());
        RangeAssertions.assertInside(file, statement);
        RangeAssertions.assertInside(file, errors);
    }
}
