package dev.evtlint.parse;

import static dev.evtlint.parse.SqlChars.isDigit;
import static dev.evtlint.parse.SqlChars.isIdentCont;
import static dev.evtlint.parse.SqlChars.isIdentStart;
import static dev.evtlint.parse.SqlChars.isRadixDigit;

/**
 * How far each number rule of SqlTokens.g4 matches from one position: INTEGER_LITERAL,
 * INTEGER_BEFORE_DOT_DOT, NUMERIC_LITERAL and NUMBER_JUNK (ends are absolute, -1 where a rule does
 * not match). One automaton over {@code (DIGITS ('.' DIGITS?)? | '.' DIGITS) ('e' [+-]? DIGITS?)?}
 * tells where a numeric may end and where junk may start (a letter after any prefix of a number);
 * the latest such start gives the longest junk, which then runs over all identifier characters.
 * One per scanner, measured again for each number.
 */
final class NumberShape {
    private static final int INTEGER_PART = 0;
    private static final int INTEGER_UNDERSCORE = 1;
    private static final int POINT = 2;
    private static final int FRACTION = 3;
    private static final int FRACTION_UNDERSCORE = 4;
    private static final int EXPONENT_MARK = 5;
    private static final int EXPONENT_SIGN = 6;
    private static final int EXPONENT = 7;
    private static final int EXPONENT_UNDERSCORE = 8;
    private static final int NONE = -1;

    private String text;
    private int end;
    private int decimalEnd;
    private int integerEnd;
    private int numericEnd;
    private int junkEnd;

    /** Measures the number at {@code p}, which starts with a digit, or with '.' and a digit. */
    NumberShape measure(String text, int end, int p, boolean startsWithDot) {
        this.text = text;
        this.end = end;
        int state = startsWithDot ? FRACTION : INTEGER_PART;
        int i = startsWithDot ? p + 2 : p + 1;
        int junkStart = NONE;
        decimalEnd = NONE;
        numericEnd = NONE;
        while (true) {
            int c = at(i);
            if (state == INTEGER_PART) {
                decimalEnd = i;
            } else if (state == POINT || state == FRACTION || state == EXPONENT) {
                numericEnd = i;
            }
            if (isIdentStart(c) && state != INTEGER_UNDERSCORE && state != FRACTION_UNDERSCORE
                    && state != EXPONENT_UNDERSCORE) {
                junkStart = i;
            }
            state = next(state, c);
            if (state == NONE) {
                break;
            }
            i++;
        }
        integerEnd = startsWithDot ? NONE : Math.max(decimalEnd, prefixedIntegerEnd(p));
        junkEnd = junkStart == NONE ? NONE : identContEnd(junkStart + 1);
        return this;
    }

    /** The end of the decimal digits that begin the number (the INTEGER_LITERAL before '..'). */
    int decimalEnd() {
        return decimalEnd;
    }

    int integerEnd() {
        return integerEnd;
    }

    /** The end of DIGITS '..' (ANTLR's rule then gives the dots back). */
    int integerBeforeDotDotEnd() {
        return decimalEnd != NONE && at(decimalEnd) == '.' && at(decimalEnd + 1) == '.' ? decimalEnd + 2 : NONE;
    }

    int numericEnd() {
        return numericEnd;
    }

    int junkEnd() {
        return junkEnd;
    }

    private static int next(int state, int c) {
        boolean digit = isDigit(c);
        boolean e = c == 'e' || c == 'E';
        return switch (state) {
            case INTEGER_PART -> digit ? INTEGER_PART : c == '_' ? INTEGER_UNDERSCORE : c == '.' ? POINT : e ? EXPONENT_MARK : NONE;
            case INTEGER_UNDERSCORE -> digit ? INTEGER_PART : NONE;
            case POINT -> digit ? FRACTION : e ? EXPONENT_MARK : NONE;
            case FRACTION -> digit ? FRACTION : c == '_' ? FRACTION_UNDERSCORE : e ? EXPONENT_MARK : NONE;
            case FRACTION_UNDERSCORE -> digit ? FRACTION : NONE;
            case EXPONENT_MARK -> c == '+' || c == '-' ? EXPONENT_SIGN : digit ? EXPONENT : NONE;
            case EXPONENT_SIGN, EXPONENT_UNDERSCORE -> digit ? EXPONENT : NONE;
            case EXPONENT -> digit ? EXPONENT : c == '_' ? EXPONENT_UNDERSCORE : NONE;
            default -> NONE;
        };
    }

    /**
     * The end of 0x1F, 0o17, 0b101 (an optional '_' after the prefix and between digits), or -1.
     * NUMBER_JUNK's second form, '0' [xob] IDENT_CONT*, needs no case of its own: the automaton
     * already lets junk start at the x, o or b after a 0.
     */
    private int prefixedIntegerEnd(int p) {
        int radix = switch (at(p + 1)) {
            case 'x', 'X' -> 16;
            case 'o', 'O' -> 8;
            case 'b', 'B' -> 2;
            default -> 0;
        };
        if (text.charAt(p) != '0' || radix == 0) {
            return NONE;
        }
        int i = at(p + 2) == '_' ? p + 3 : p + 2;
        if (!isRadixDigit(at(i), radix)) {
            return NONE;
        }
        while (true) {
            while (isRadixDigit(at(i), radix)) {
                i++;
            }
            if (at(i) != '_' || !isRadixDigit(at(i + 1), radix)) {
                return i;
            }
            i++;
        }
    }

    private int identContEnd(int from) {
        int i = from;
        while (i < end && isIdentCont(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int at(int i) {
        return i < end ? text.charAt(i) : -1;
    }
}
