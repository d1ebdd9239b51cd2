package dev.evtlint.parse;

import static dev.evtlint.parse.SqlChars.isBitStringChar;
import static dev.evtlint.parse.SqlChars.isDigit;
import static dev.evtlint.parse.SqlChars.isHexStringChar;
import static dev.evtlint.parse.SqlChars.isIdentCont;
import static dev.evtlint.parse.SqlChars.isIdentStart;
import static dev.evtlint.parse.SqlChars.isOperatorChar;
import static dev.evtlint.parse.SqlChars.isSpace;

import dev.evtlint.ast.LineComment;
import dev.evtlint.grammar.StringContinuation;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A hand-written scanner that yields exactly the tokens of the generated PostgreSqlLexer and
 * PlPgSqlLexer (grammars: SqlTokens.g4 and the keyword lists), which stay the specification:
 * SqlScannerTest and the corpus-wide ScannerEquivalenceTest compare the two token by token.
 *
 * <p>At each position the candidate rules that can start with the character there are measured;
 * the longest match wins and on equal length the rule defined first, as in ANTLR. The grammar's
 * actions (dollar-quoted bodies, nested comments, operator splitting, giving back '..') are
 * repeated here, including their one side effect on positions: ANTLR counts lines and columns
 * only over the characters its automaton matched, not over those an action consumed or gave
 * back, so {@link #matchedEnd} and {@link #tokenEnd} are kept apart.
 */
final class SqlScanner implements TokenSource {
    /** Characters whose presence lets a multi-character operator end in '+' or '-' (scan.l). */
    private static final String NON_MATH_OPERATOR_CHARS = "~!@#^&|`?%";
    /** A candidate that stands for INTEGER_BEFORE_DOT_DOT, which becomes INTEGER_LITERAL without its dots. */
    private static final int INTEGER_BEFORE_DOT_DOT = -2;

    private final ScannerVocabulary types;
    private final TextSlice slice;
    private final String text;
    private final int base;
    private final int end;
    private final CharStream input;
    private final Pair<TokenSource, CharStream> source;
    private final NumberShape numberShape = new NumberShape();
    private TokenFactory<?> factory = CommonTokenFactory.DEFAULT;

    /** Absolute index in {@link #text} of the next character to scan. */
    private int position;
    /** ANTLR's line and column: counted over the characters its automaton matched. */
    private int line = 1;
    private int column;

    // The match at hand: the winning candidate so far, then where the token and the automaton's match end.
    private int bestType;
    private int bestLength;
    private int tokenType;
    private int tokenEnd;
    private int matchedEnd;

    // What scanning a quoted body found: the end after a closing quote (-1: none), and whether the body runs to the end.
    private int closedEnd;
    private boolean openToEnd;
    /** When a string literal took in continuing segments: the end of its first, all the automaton matched; else -1. */
    private int firstSegmentEnd = -1;
    /** The {@code --} comments skipped so far, when {@link #keepingLineComments()} asked for them; else null. */
    private List<LineComment> lineComments;

    SqlScanner(ScannerVocabulary types, TextSlice slice) {
        this.types = types;
        this.slice = slice;
        this.text = slice.text();
        this.base = slice.start();
        this.end = slice.end();
        this.input = slice.charStream();
        this.source = new Pair<>(this, input);
        this.position = base;
    }

    /**
     * Keeps the {@code --} comments this scanner skips: those of a PL/pgSQL body may be suppressions,
     * and the body is scanned only here.
     */
    SqlScanner keepingLineComments() {
        lineComments = new ArrayList<>();
        return this;
    }

    /** The {@code --} comments skipped so far, in file offsets; none unless {@link #keepingLineComments()}. */
    List<LineComment> lineComments() {
        return lineComments == null ? List.of() : List.copyOf(lineComments);
    }

    @Override
    public Token nextToken() {
        while (position < end) {
            int start = position;
            int startLine = line;
            int startColumn = column;
            boolean emitted = match(start);
            count(start, matchedEnd);
            position = tokenEnd;
            if (emitted) {
                return factory.create(source, tokenType, null, Token.DEFAULT_CHANNEL, start - base, tokenEnd - 1 - base,
                        startLine, startColumn);
            }
        }
        return factory.create(source, Token.EOF, null, Token.DEFAULT_CHANNEL, end - base, end - base - 1, line, column);
    }

    /** Matches the token at {@code p}; false when it is skipped (white space, comments). */
    private boolean match(int p) {
        char c = text.charAt(p);
        switch (c) {
            case '(': return single(p, types.openParen);
            case ')': return single(p, types.closeParen);
            case '[': return single(p, types.openBracket);
            case ']': return single(p, types.closeBracket);
            case ',': return single(p, types.comma);
            case ';': return single(p, types.semi);
            case ':': return colon(p);
            case '.': return dot(p);
            case '\'': return quoted(p, p + 1, '\'', types.string, types.unterminatedString);
            case '"': return quoted(p, p + 1, '"', types.quotedIdentifier, types.unterminatedQuotedIdentifier);
            case '$': return dollar(p);
            case ' ', '\t', '\r', '\n', '\f', '\u000B': return space(p);
            default:
                if (isDigit(c)) {
                    return number(p, false);
                }
                if (isOperatorChar(c)) {
                    return operator(p);
                }
                if (isIdentStart(c)) {
                    return word(p);
                }
                return single(p, types.unexpectedCharacter);
        }
    }

    private boolean single(int p, int type) {
        return emit(type, p + 1);
    }

    private boolean emit(int type, int end) {
        tokenType = type;
        tokenEnd = end;
        matchedEnd = end;
        return true;
    }

    private void keepLineComment(int start, int end) {
        if (lineComments == null) {
            return;
        }
        int trimmed = end;
        while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
            trimmed--;
        }
        lineComments.add(new LineComment(slice.fileOffset(start - base), slice.fileEndOffset(trimmed - base)));
    }

    private boolean skip(int end) {
        tokenEnd = end;
        matchedEnd = end;
        return false;
    }

    private boolean colon(int p) {
        int next = at(p + 1);
        if (next == ':') {
            return emit(types.typecast, p + 2);
        }
        return next == '=' ? emit(types.colonEquals, p + 2) : single(p, types.colon);
    }

    private boolean dot(int p) {
        int next = at(p + 1);
        if (isDigit(next)) {
            return number(p, true);
        }
        return next == '.' ? emit(types.dotDot, p + 2) : single(p, types.dot);
    }

    private boolean space(int p) {
        int i = p + 1;
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return skip(i);
    }

    // ---- candidates: offered in the grammar's rule order, a later one wins only by being longer

    private void startCandidates() {
        bestType = 0;
        bestLength = 0;
    }

    private void offer(int type, int length) {
        if (length > bestLength) {
            bestType = type;
            bestLength = length;
        }
    }

    private boolean emitBest(int p) {
        return emit(bestType, p + bestLength);
    }

    /** '...' and "...": the terminated form, the form running to the end of input, or a lone quote. */
    private boolean quoted(int p, int bodyStart, char quote, int closedType, int openType) {
        startCandidates();
        if (quote == '\'') {
            scanString(bodyStart, false);
        } else {
            scanBody(bodyStart, quote, false, true);
        }
        offerBody(p, closedType, openType);
        offer(types.unexpectedCharacter, 1);
        return emitString(p);
    }

    /**
     * The body of a string literal and the segments that continue it ({@link StringContinuation}),
     * as the lexers' action continueString takes them in: closedEnd moves to the end of the last
     * segment, or the body runs to the end of input when a segment is not closed.
     */
    private void scanString(int bodyStart, boolean backslashEscapes) {
        scanBody(bodyStart, '\'', backslashEscapes, false);
        firstSegmentEnd = -1;
        if (openToEnd) {
            return;
        }
        int firstEnd = closedEnd;
        int quote;
        while (closedEnd >= 0 && (quote = StringContinuation.continuingQuote(this::at, closedEnd)) >= 0) {
            firstSegmentEnd = firstEnd;
            scanBody(quote + 1, '\'', backslashEscapes, false);
            if (openToEnd || closedEnd < 0) {
                closedEnd = -1;
                openToEnd = true;
            }
        }
    }

    /** Emits the best candidate; a continued string counts only its first segment as matched by the automaton. */
    private boolean emitString(int p) {
        emitBest(p);
        if (firstSegmentEnd >= 0) {
            matchedEnd = firstSegmentEnd;
            firstSegmentEnd = -1;
        }
        return true;
    }

    private void offerBody(int p, int closedType, int openType) {
        if (closedEnd >= 0) {
            offer(closedType, closedEnd - p);
        }
        if (openToEnd) {
            offer(openType, end - p);
        }
    }

    /**
     * Scans a quoted body in which the quote is doubled to stand for itself (and, in escape strings,
     * a backslash takes the next character whatever it is). Records the furthest closing quote: in a
     * run of quotes, any odd count can end the body. {@code nonEmpty}: the body may not be empty
     * ("" is no identifier).
     */
    private void scanBody(int from, char quote, boolean backslashEscapes, boolean nonEmpty) {
        closedEnd = -1;
        openToEnd = false;
        boolean hasElement = false;
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (c == quote) {
                int run = 1;
                while (i + run < end && text.charAt(i + run) == quote) {
                    run++;
                }
                int closing = run % 2 == 1 ? run : run - 1;
                if (closing > 0 && (hasElement || closing >= 3 || !nonEmpty)) {
                    closedEnd = i + closing;
                }
                if (run % 2 == 1) {
                    return;
                }
                hasElement = true;
                i += run;
            } else if (backslashEscapes && c == '\\') {
                if (i + 1 >= end) {
                    return;
                }
                hasElement = true;
                i += 2;
            } else {
                hasElement = true;
                i++;
            }
        }
        openToEnd = true;
    }

    /** An identifier or keyword, or a string or identifier with a prefix: e'', n'', b'', x'', u&'', u&"". */
    private boolean word(int p) {
        startCandidates();
        int wordEnd = identContEnd(p + 1);
        int keyword = types.keywords.typeOf(text, p, wordEnd);
        offer(keyword >= 0 ? keyword : types.identifier, wordEnd - p);
        char prefix = (char) (text.charAt(p) | 0x20);
        int next = at(p + 1);
        if (next == '\'') {
            switch (prefix) {
                case 'e' -> {
                    scanString(p + 2, true);
                    offerBody(p, types.escapeString, types.unterminatedEscapeString);
                }
                case 'n' -> {
                    scanString(p + 2, false);
                    offerBody(p, types.nationalString, types.unterminatedString);
                }
                case 'b', 'x' -> offerBitsOrHex(p, prefix == 'b');
                default -> { }
            }
        } else if (prefix == 'u' && next == '&') {
            int quote = at(p + 2);
            if (quote == '"') {
                scanBody(p + 3, '"', false, true);
                offerBody(p, types.unicodeQuotedIdentifier, types.unterminatedQuotedIdentifier);
            } else if (quote == '\'') {
                scanString(p + 3, false);
                offerBody(p, types.unicodeString, types.unterminatedString);
            }
        }
        return emitString(p);
    }

    private void offerBitsOrHex(int p, boolean bits) {
        int i = p + 2;
        while (i < end && (bits ? isBitStringChar(text.charAt(i)) : isHexStringChar(text.charAt(i)))) {
            i++;
        }
        if (at(i) == '\'') {
            int closed = i + 1;
            int continued = digitContinuationsEnd(closed, bits);
            offer(bits ? types.bitString : types.hexString, continued - p);
            firstSegmentEnd = continued > closed ? closed : -1;
        }
        scanBody(p + 2, '\'', false, false);
        if (openToEnd) {
            offer(types.unterminatedString, end - p);
        }
    }

    /**
     * The end of the segments that continue a B'...' or X'...' literal closed at {@code from}, as the
     * lexers' action continueDigitString takes them in: each must hold only digits of its kind.
     */
    private int digitContinuationsEnd(int from, boolean bits) {
        int closed = from;
        int quote;
        while ((quote = StringContinuation.continuingQuote(this::at, closed)) >= 0) {
            int i = quote + 1;
            while (i < end && (bits ? isBitStringChar(text.charAt(i)) : isHexStringChar(text.charAt(i)))) {
                i++;
            }
            if (at(i) != '\'') {
                break;
            }
            closed = i + 1;
        }
        return closed;
    }

    /** $1, or a dollar-quoted string whose body ends at the same delimiter ($$...$$, $tag$...$tag$). */
    private boolean dollar(int p) {
        int digitsEnd = p + 1;
        while (isDigit(at(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd > p + 1) {
            return emit(types.param, digitsEnd);
        }
        int delimiterEnd = -1;
        if (at(p + 1) == '$') {
            delimiterEnd = p + 2;
        } else if (isIdentStart(at(p + 1))) {
            int tagEnd = p + 2;
            while (isIdentStart(at(tagEnd)) || isDigit(at(tagEnd))) {
                tagEnd++;
            }
            delimiterEnd = at(tagEnd) == '$' ? tagEnd + 1 : -1;
        }
        if (delimiterEnd < 0) {
            return single(p, types.unexpectedCharacter);
        }
        int length = delimiterEnd - p;
        for (int i = text.indexOf('$', delimiterEnd); i >= 0 && i + length <= end; i = text.indexOf('$', i + 1)) {
            if (text.regionMatches(i, text, p, length)) {
                emit(types.dollarString, i + length);
                matchedEnd = delimiterEnd;
                return true;
            }
        }
        emit(types.unterminatedDollarString, end);
        matchedEnd = delimiterEnd;
        return true;
    }

    /**
     * A run of operator characters, split as scan.l does: a comment start ends it; a multi-character
     * operator may not end in '+' or '-' unless it holds one of {@code ~!@#^&|`?%}. The automaton
     * matched the whole run, so the characters given back count twice towards the column.
     */
    private boolean operator(int p) {
        int runEnd = p + 1;
        while (isOperatorChar(at(runEnd))) {
            runEnd++;
        }
        char c = text.charAt(p);
        if (c == '-' && at(p + 1) == '-') {
            int i = p + 2;
            while (i < end && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                i++;
            }
            keepLineComment(p, i);
            return skip(i);
        }
        if (c == '/' && at(p + 1) == '*') {
            return blockComment(p, runEnd);
        }
        int length = runEnd - p;
        for (int i = p + 1; i < runEnd - 1; i++) {
            char here = text.charAt(i);
            char next = text.charAt(i + 1);
            if (here == '-' && next == '-' || here == '/' && next == '*') {
                length = i - p;
                break;
            }
        }
        if (length > 1 && !containsNonMathChar(p, length)) {
            while (length > 1 && (text.charAt(p + length - 1) == '+' || text.charAt(p + length - 1) == '-')) {
                length--;
            }
        }
        emit(types.operatorType(text, p, length), p + length);
        matchedEnd = runEnd;
        return true;
    }

    private boolean containsNonMathChar(int p, int length) {
        for (int i = p; i < p + length; i++) {
            if (NON_MATH_OPERATOR_CHARS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A block comment, nested as in PostgreSQL. The automaton matched '/*' alone or, when more
     * operator characters follow, the whole run (OPERATOR_SYMBOL being longer), whose action then
     * went back to just after '/*'.
     */
    private boolean blockComment(int p, int runEnd) {
        int depth = 1;
        int i = p + 2;
        int result = -1;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '/' && at(i + 1) == '*') {
                depth++;
                i++;
            } else if (c == '*' && at(i + 1) == '/') {
                i++;
                if (--depth == 0) {
                    result = i + 1;
                    break;
                }
            }
            i++;
        }
        boolean emitted = result < 0 ? emit(types.unterminatedBlockComment, end) : skip(result);
        matchedEnd = runEnd - p > 2 ? runEnd : p + 2;
        return emitted;
    }

    /**
     * Integers, INTEGER_BEFORE_DOT_DOT (which becomes INTEGER_LITERAL without its dots), numerics
     * and NUMBER_JUNK, in this rule order.
     */
    private boolean number(int p, boolean startsWithDot) {
        NumberShape shape = numberShape.measure(text, end, p, startsWithDot);
        startCandidates();
        offer(types.integer, shape.integerEnd() - p);
        offer(INTEGER_BEFORE_DOT_DOT, shape.integerBeforeDotDotEnd() - p);
        offer(types.numeric, shape.numericEnd() - p);
        offer(types.numberJunk, shape.junkEnd() - p);
        if (bestType == INTEGER_BEFORE_DOT_DOT) {
            emit(types.integer, shape.decimalEnd());
            matchedEnd = p + bestLength;
            return true;
        }
        return emitBest(p);
    }

    // ---- characters

    private int at(int i) {
        return i < end ? text.charAt(i) : -1;
    }

    private int identContEnd(int from) {
        int i = from;
        while (i < end && isIdentCont(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Advances ANTLR's line and column over text[from, to): only '\n' starts a line. */
    private void count(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
    }

    // ---- TokenSource

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getCharPositionInLine() {
        return column;
    }

    @Override
    public CharStream getInputStream() {
        return input;
    }

    @Override
    public String getSourceName() {
        return input.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        this.factory = factory;
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return factory;
    }
}
