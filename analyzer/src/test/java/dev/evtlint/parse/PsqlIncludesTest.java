package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.script.PsqlInclude;
import java.util.List;
import org.junit.jupiter.api.Test;

/** psql's include commands as the splitter reads them: the file name the way psql reads it, or why it cannot be known. */
class PsqlIncludesTest {

    private static List<PsqlInclude> includes(String script) {
        return new ScriptParser().parse(SourceFile.ofText("main.sql", script)).includes();
    }

    @Test
    void theFourSpellingsAreIncludesAndOtherCommandsAreNot() {
        assertEquals(List.of(
                        new PsqlInclude(0, "i", "a.sql"),
                        new PsqlInclude(9, "include", "b.sql"),
                        new PsqlInclude(24, "ir", "c.sql"),
                        new PsqlInclude(34, "include_relative", "d.sql")),
                includes("\\i a.sql\n\\include b.sql\n\\ir c.sql\n\\include_relative d.sql\n\\if :x\n\\set f e.sql\n\\endif\n"));
    }

    @Test
    void theCommandRunsWhereItStandsAndItsStatementsStayApart() {
        SourceFile file = SourceFile.ofText("main.sql", "SELECT 1;\n\\ir b.sql\nSELECT 2;\n");
        var script = new ScriptParser().parse(file);
        assertEquals(2, script.statements().size());
        assertEquals(List.of(new PsqlInclude(10, "ir", "b.sql")), script.includes());
        assertEquals(List.of(), script.syntaxErrors());
    }

    @Test
    void singleQuotesTakeSpacesAndDoubledQuotesAndEndAtWhiteSpaceOrTheNextCommand() {
        assertEquals(List.of("a b.sql", "it's.sql", "dir/'x'.sql", "c.sql", "\"d e\".sql"),
                includes("\\i 'a b.sql'\n\\i 'it''s.sql'\n\\i dir/'\\'x\\''.sql\n\\ir c.sql \\echo done\n\\i \"d e\".sql\n")
                        .stream().map(PsqlInclude::path).toList());
    }

    @Test
    void aNameThatDependsOnHowPsqlRunsIsUnknown() {
        List<PsqlInclude> unknown = includes("\\i :file\n\\ir :'dir'/x.sql\n\\i sql/:\"name\"\n\\i `ls *.sql`\n\\i ~/x.sql\n\\i\n");
        assertEquals(6, unknown.size());
        unknown.forEach(include -> assertNull(include.path(), include.toString()));
    }
}
