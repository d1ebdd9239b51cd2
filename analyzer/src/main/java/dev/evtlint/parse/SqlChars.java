package dev.evtlint.parse;

/**
 * The character classes of SqlTokens.g4 as the case-insensitive grammar reads them: ASCII letters
 * in either case, and every char from U+0080 on (UTF-16 units, surrogates included) as a letter.
 * A position past the end reads as -1, which is in no class.
 */
final class SqlChars {
    private SqlChars() {
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** IDENT_START: [a-z_\u0080-\uFFFF]. */
    static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    /** IDENT_CONT: [a-z_0-9$\u0080-\uFFFF]. */
    static boolean isIdentCont(int c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }

    static boolean isOperatorChar(int c) {
        return switch (c) {
            case '~', '!', '@', '#', '^', '&', '|', '`', '?', '+', '-', '*', '/', '%', '<', '>', '=' -> true;
            default -> false;
        };
    }

    /** SPACE: [ \t\r\n\f\u000B]. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u000B';
    }

    /** The inside of b'...': [01 \t\r\n]. */
    static boolean isBitStringChar(int c) {
        return c == '0' || c == '1' || isStringGap(c);
    }

    /** The inside of x'...': [0-9a-f \t\r\n]. */
    static boolean isHexStringChar(int c) {
        return isRadixDigit(c, 16) || isStringGap(c);
    }

    static boolean isRadixDigit(int c, int radix) {
        return switch (radix) {
            case 16 -> isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    private static boolean isStringGap(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
