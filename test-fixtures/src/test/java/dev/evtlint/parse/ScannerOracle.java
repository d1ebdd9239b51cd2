package dev.evtlint.parse;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.grammar.PlPgSqlLexer;
import dev.evtlint.grammar.PostgreSqlLexer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

/**
 * The generated ANTLR lexers are the specification of {@link SqlScanner}: this compares the two
 * token streams of a piece of text, field by field, for both grammars, as the parser sees them
 * (through a filled BufferedTokenStream, which numbers the tokens).
 */
public final class ScannerOracle {
    private static final SourceFile NO_FILE = new SourceFile(Path.of("oracle.sql"), "oracle.sql", "");

    private enum Grammar {
        SQL(PostgreSqlLexer::new, ScannerVocabulary.SQL),
        PL_PG_SQL(PlPgSqlLexer::new, ScannerVocabulary.PL_PG_SQL);

        private final Function<CharStream, Lexer> lexer;
        private final ScannerVocabulary vocabulary;

        Grammar(Function<CharStream, Lexer> lexer, ScannerVocabulary vocabulary) {
            this.lexer = lexer;
            this.vocabulary = vocabulary;
        }
    }

    private ScannerOracle() {
    }

    /** Compares the tokens of the whole text; returns how many tokens (EOF included) were compared. */
    public static int assertSameTokens(String text) {
        return assertSameTokens(text, 0, text.length());
    }

    /** Compares the tokens of text[start, end) read as a slice; returns how many tokens were compared. */
    public static int assertSameTokens(String text, int start, int end) {
        TextSlice slice = TextSlice.inFile(NO_FILE, text, start, end);
        int compared = 0;
        for (Grammar grammar : Grammar.values()) {
            compared += compare(grammar, slice);
        }
        return compared;
    }

    /** Compares each statement of a script as ScriptSplitter finds it; returns how many tokens were compared. */
    public static int assertSameTokensPerStatement(String script) {
        ScriptSplitter.Result split = ScriptSplitter.split(script);
        int compared = 0;
        for (Segment segment : split.segments()) {
            compared += assertSameTokens(split.text(), segment.start(), segment.end());
        }
        return compared;
    }

    /**
     * Where the insides of the string and dollar-quoted literals of text[start, end) lie (pairs of
     * start and end), as the SQL lexer reads them: function bodies, and text for both grammars.
     */
    public static List<int[]> literalInsides(String text, int start, int end) {
        TextSlice slice = TextSlice.inFile(NO_FILE, text, start, end);
        List<int[]> insides = new ArrayList<>();
        for (Token token : tokens(new PostgreSqlLexer(slice.charStream()))) {
            int type = token.getType();
            int open;
            if (type == PostgreSqlLexer.DOLLAR_STRING_LITERAL) {
                open = token.getText().indexOf('$', 1) + 1;
            } else if (type == PostgreSqlLexer.STRING_LITERAL || type == PostgreSqlLexer.ESCAPE_STRING_LITERAL) {
                open = token.getText().indexOf('\'') + 1;
            } else {
                continue;
            }
            int close = type == PostgreSqlLexer.DOLLAR_STRING_LITERAL ? open : 1;
            int from = start + token.getStartIndex() + open;
            int to = start + token.getStopIndex() + 1 - close;
            if (from <= to) {
                insides.add(new int[] {from, to});
            }
        }
        return insides;
    }

    private static int compare(Grammar grammar, TextSlice slice) {
        List<Token> expected = tokens(grammar.lexer.apply(slice.charStream()));
        List<Token> actual = tokens(new SqlScanner(grammar.vocabulary, slice));
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? describe(expected.get(i)) : "nothing";
            String got = i < actual.size() ? describe(actual.get(i)) : "nothing";
            if (!want.equals(got)) {
                throw new AssertionError(grammar + " token " + i + " of " + quote(slice) + ": expected " + want
                        + " but the scanner gave " + got);
            }
            if (i < actual.size() && actual.get(i).getInputStream() == null) {
                throw new AssertionError("token without its char stream: " + got);
            }
        }
        return expected.size();
    }

    private static List<Token> tokens(TokenSource source) {
        if (source instanceof Lexer lexer) {
            lexer.removeErrorListeners();
        }
        BufferedTokenStream stream = new BufferedTokenStream(source);
        stream.fill();
        return stream.getTokens();
    }

    private static String describe(Token token) {
        return "[type " + token.getType() + " " + token.getStartIndex() + ".." + token.getStopIndex()
                + " " + escape(token.getText()) + " line " + token.getLine() + ":" + token.getCharPositionInLine()
                + " channel " + token.getChannel() + " index " + token.getTokenIndex() + " " + token.getClass().getSimpleName() + "]";
    }

    private static String quote(TextSlice slice) {
        String text = slice.substring(0, slice.length());
        return "\"" + escape(text.length() > 300 ? text.substring(0, 300) + "..." : text) + "\"";
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c >= 0x7F) {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
