package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.grammar.PlPgSqlLexer;
import dev.evtlint.grammar.PlPgSqlParser;
import dev.evtlint.grammar.PostgreSqlLexer;
import dev.evtlint.grammar.PostgreSqlParser;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SqlScanner against the generated lexers on the cases that are hard to get right, and on random text. */
class SqlScannerTest {
    private static final String[] PREFIXES = {"", "e", "E", "n", "N", "b", "B", "x", "X", "u&", "U&"};
    private static final String[] STRING_BODIES = {"", "abc", "01", "0F a", "''", "a''b", "\\'", "\\\\", "\\", "'", "a\nb", "\r\n"};
    /** Biased to what makes tokens end in surprising places. */
    private static final String ALPHABET = "''''\"\"$$$$0123456789eExXuUbBnN&_.....***///---+++<>=!@#%^|`?~;:,()[] \n\r\t"
            + "abcfiloq\\\u00e9\u0130\u212a\u017f\u0000\u0001\u007f\u0080\ud83d\ude00\uffff";

    @Test
    void parsersShareTheLexersTokenTypes() {
        assertSameVocabulary(PostgreSqlLexer.VOCABULARY, PostgreSqlParser.VOCABULARY);
        assertSameVocabulary(PlPgSqlLexer.VOCABULARY, PlPgSqlParser.VOCABULARY);
    }

    private static void assertSameVocabulary(Vocabulary lexer, Vocabulary parser) {
        assertEquals(lexer.getMaxTokenType(), parser.getMaxTokenType());
        for (int type = 0; type <= lexer.getMaxTokenType(); type++) {
            assertEquals(lexer.getSymbolicName(type), parser.getSymbolicName(type));
            assertEquals(lexer.getLiteralName(type), parser.getLiteralName(type));
        }
    }

    @Test
    void everyStringPrefixWithAndWithoutItsClosingQuote() {
        for (String prefix : PREFIXES) {
            for (String body : STRING_BODIES) {
                for (String quote : List.of("'", "\"")) {
                    String literal = prefix + quote + body;
                    for (String after : List.of("", quote, quote + " x", quote + quote, quote + "\n" + quote + "y" + quote)) {
                        ScannerOracle.assertSameTokens(literal + after);
                        ScannerOracle.assertSameTokens("select " + literal + after + ";\n");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "e'\\''", "E'\\'' x", "e'\\", "e'a\\'", "U&\"x\"", "u&\"\"", "u&\"", "\"\"", "\"\"\"", "\"\"\"\"", "\"\" x", "''", "'''",
        "$$", "$$ body $$", "$tag$ a $t$ b $tag$", "$tag$ unterminated", "$1", "$12a", "$tag", "$tag x", "$1$", "$_$x$_$",
        "$T$x$t$", "$a$b", "$$$", "1..10", "1...10", "1.", "1.e5", "1.e", "1e", "1e+", "1e+5", "1e5x", "1.5e+3x", "0x_1F", "0X1f",
        "0x", "0xg", "0o17", "0o8", "0b102", "0b_1_0", "0b1__0", "1_000", "100_", "1_000._5", "1_000.5_5", "0.0e", "123abc",
        ".5e-3", ".5", "..", ".", "._", ".5_", "1e_1", "1$", "0x1F$", "+-", "*-", "@-", "<=>", "!=", "<>", "=>", "->>", "<=", ">=",
        "-+", "+", "--", "-- at the end", "---", "/*", "/* nested /* */ */ x", "/* unterminated /* */", "/**/", "/***/ x", "/*+ hint */",
        "*/*", "+/* c */", "a+-b", "a--b\nc", "~+", "?-", "|/-", "=-", "!!", "@@-", "%-", "&&-", "#-1", "`", "^-",
        "\ud83d\ude00", "a\ud83d\ude00b", "\u00e9t\u00e9", "\u0130f", "\u212aey", "\u017felect", "SELECT", "SeLeCt", "select_",
        "\u0000", "a\u0000b", "\u0001\u0002", "\u007f", "\\", "{}", "\r", "\n", "\r\n", "a\rb\nc\r\nd", "\f\u000b",
        "begin end loop if case", "use_column", "u&", "u&x", "u&'", "u&'x'", "n'", "b'", "x'", "e'", "ex'a'", "b'012'", "x'0g'",
        "b' 0 1\n'", "x'AbC'", "123e", "1e1e1", "1.2.3", "1..", "1..x", "a.b", "a..b", "t.*", ":=", "::", ":", "a::int",
    })
    void edgeCase(String text) {
        ScannerOracle.assertSameTokens(text);
        ScannerOracle.assertSameTokens(" " + text + "\n" + text + " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "'a'\n'b'", "'a' \t\r\n  'b' x", "'a'\n\n'b'\n'c'", "'a' -- c\n'b'", "'a'\n-- c\n  -- d\n'b'", "'a' 'b'",
        "'a' /* c */\n'b'", "'a'\n/* c */ 'b'", "'a'\n'b", "'a'\n'b''", "'a'\n'b'''", "'a'\n''", "'a'\n'", "'a' --\n'b'",
        "e'a'\n'\\''", "e'a'\n'\\", "e'a'\n'b\\'\n'c'", "n'a'\n'b'", "u&'a'\n'b' uescape '!'", "'a'\ne'b'", "'a'\n$$b$$",
        "$$a$$\n'b'", "b'01'\n'10'", "b'01'\n'12'", "b'0'\n'1'\n'1'", "x'0f'\n'a'", "X'0F' --\n'aB'", "x'0f'\n'g'", "b'1'\n'1", "'a'\f\n\u000b'b'", "'a'\r'b'", "'a'-\n'b'", "'a'\n-'b'", "'a'\n--",
    })
    void continuedStrings(String text) {
        ScannerOracle.assertSameTokens(text);
        ScannerOracle.assertSameTokens("select " + text + ";\nselect 1");
    }

    @Test
    void linesAndColumnsAfterTextThatActionsConsumedOrGaveBack() {
        for (String piece : List.of("'a'\n  'b'", "e'a'\n -- c\n'b'", "$$a\nb$$", "/* a\n b */", "/**\n*/", "1..10", "a+-\nb", "'a\nb'", "e'\\\n'", "$t$\n\n$t$")) {
            ScannerOracle.assertSameTokens("select\r\n  " + piece + " x\n\ty\r\n");
        }
    }

    @Test
    void slicesInsideALongerText() {
        String text = "abc $$ x $$ 'q' /* c */ 1..2 e'\\'' \"i\" 0x1F";
        for (int start = 0; start < text.length(); start++) {
            for (int end = start; end <= text.length(); end++) {
                ScannerOracle.assertSameTokens(text, start, end);
            }
        }
    }

    @Test
    void randomText() {
        Random random = new Random(20261122);
        int tokens = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(32);
            for (int k = 0; k < length; k++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            tokens += ScannerOracle.assertSameTokens(text.toString());
        }
        System.out.printf("scanner = lexer on 50000 random texts: %d tokens compared%n", tokens);
        assertTrue(tokens > 500_000, "compared " + tokens + " tokens");
    }
}
