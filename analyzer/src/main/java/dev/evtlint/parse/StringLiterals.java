package dev.evtlint.parse;

import dev.evtlint.grammar.StringContinuation;

/**
 * The values of PostgreSQL's string literals, with the index in the literal's source text of every
 * character of the value, so that positions inside a quoted function body map back to the file.
 */
final class StringLiterals {

    /** A value and, for each of its characters, where it stands in the literal's text. */
    record Decoded(String value, int[] sourceIndexes) {
    }

    private StringLiterals() {
    }

    /** Decodes '...', E'...', N'...', U&'...' (continued on later lines or not), B'...', X'...' and $tag$...$tag$. */
    static Decoded decode(String literal) {
        if (literal.startsWith("$")) {
            int delimiter = literal.indexOf('$', 1) + 1;
            return verbatim(literal, delimiter, literal.length() - delimiter);
        }
        int quote = literal.indexOf('\'');
        char prefix = quote > 0 ? Character.toLowerCase(literal.charAt(0)) : ' ';
        return unquote(literal, quote, prefix == 'e');
    }

    private static Decoded verbatim(String literal, int start, int end) {
        int length = Math.max(0, end - start);
        int[] indexes = new int[length];
        for (int i = 0; i < length; i++) {
            indexes[i] = start + i;
        }
        return new Decoded(literal.substring(start, start + length), indexes);
    }

    /** The value of a quoted literal and of the segments that continue it on later lines. */
    private static Decoded unquote(String literal, int openQuote, boolean backslashEscapes) {
        int end = literal.length();
        StringBuilder value = new StringBuilder(end - openQuote);
        int[] indexes = new int[Math.max(0, end - openQuote)];
        int count = 0;
        int i = openQuote + 1;
        while (i < end) {
            char c = literal.charAt(i);
            if (c == '\'' && i + 1 < end && literal.charAt(i + 1) == '\'') {
                indexes[count++] = i;
                value.append('\'');
                i += 2;
            } else if (c == '\'') {
                int continuing = StringContinuation.continuingQuote(at -> at < end ? literal.charAt(at) : -1, i + 1);
                if (continuing < 0) {
                    break;
                }
                i = continuing + 1;
            } else if (backslashEscapes && c == '\\' && i + 1 < end) {
                indexes[count++] = i;
                i = appendEscape(literal, i + 1, end, value);
            } else {
                indexes[count++] = i;
                value.append(c);
                i++;
            }
        }
        return new Decoded(value.toString(), java.util.Arrays.copyOf(indexes, count));
    }

    /** Appends the character a backslash escape stands for; returns the index after the escape. */
    private static int appendEscape(String literal, int at, int end, StringBuilder value) {
        char c = literal.charAt(at);
        switch (c) {
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'x' -> {
                return appendCode(literal, at + 1, end, 16, 2, value);
            }
            case 'u' -> {
                return appendCode(literal, at + 1, end, 16, 4, value);
            }
            case 'U' -> {
                return appendCode(literal, at + 1, end, 16, 8, value);
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    return appendCode(literal, at, end, 8, 3, value);
                }
                value.append(c);
            }
        }
        return at + 1;
    }

    private static int appendCode(String literal, int from, int end, int radix, int maxDigits, StringBuilder value) {
        int i = from;
        int code = 0;
        while (i < end && i - from < maxDigits && Character.digit(literal.charAt(i), radix) >= 0) {
            code = code * radix + Character.digit(literal.charAt(i), radix);
            i++;
        }
        if (i == from) {
            value.append(literal.charAt(from - 1));
            return from;
        }
        value.appendCodePoint(Character.isValidCodePoint(code) ? code : 0xFFFD);
        return i;
    }
}
