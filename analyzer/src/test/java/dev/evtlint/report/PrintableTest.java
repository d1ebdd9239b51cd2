package dev.evtlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void controlCharactersLineSeparatorsAndBidiOverridesAreEscapedTabsAndTextAreNot() {
        assertEquals("a\\nb\\r\\u001B[31m\\u0000\\u007F\\u0085\\u2028\\u202Ec\td\u00e9\uD83D\uDE00",
                Printable.escape("a\nb\r\u001B[31m\u0000\u007F\u0085\u2028\u202Ec\td\u00e9\uD83D\uDE00"));
        String plain = "CREATE EVENT TRIGGER \"caf\u00e9\"\t;";
        assertSame(plain, Printable.escape(plain), "nothing to escape, nothing copied");
    }

    @Test
    void anExcerptIsShortAndEscaped() {
        assertEquals("short\\n", Printable.excerpt("short\n"));
        assertEquals("x".repeat(60) + "... (1,000,000 characters)", Printable.excerpt("x".repeat(1_000_000)));
        assertEquals("x".repeat(59) + "... (61 characters)", Printable.excerpt("x".repeat(59) + "\uD83D\uDE00"),
                "never half of a surrogate pair");
    }

    @Test
    void textThatMayStartALineNeverStartsAWorkflowCommand() {
        assertEquals("\\u003A:error::x", Printable.escapeLineStart("::error::x"));
        assertEquals(" \t\\u003A:set-output", Printable.escapeLineStart(" \t::set-output"));
        assertEquals("db/::x.sql", Printable.escapeLineStart("db/::x.sql"));
        assertEquals(":x", Printable.escapeLineStart(":x"));
    }
}
