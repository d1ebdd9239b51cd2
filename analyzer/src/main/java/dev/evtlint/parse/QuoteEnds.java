package dev.evtlint.parse;

/**
 * Where a run of SQL text that a semicolon cannot end, starting at a given position, ends: a string
 * or quoted identifier, a dollar quote, a block comment. Unterminated, each runs to the end of the
 * text. These are the statement splitter's rules, which psql's lexer shares; the grammar's own
 * scanner ({@link SqlScanner}) tells the tokens inside apart.
 */
final class QuoteEnds {
    private QuoteEnds() {
    }

    /**
     * Just past the {@code quote} that closes the one at {@code open} ({@code ''} inside is a quote);
     * with {@code backslashEscapes} ({@code E'...'}) a backslash takes the next character in. May be
     * one past the end of the text when it ends in such a backslash.
     */
    static int quoted(String text, int open, char quote, boolean backslashEscapes) {
        int length = text.length();
        int position = open + 1;
        while (position < length) {
            char c = text.charAt(position);
            if (backslashEscapes && c == '\\') {
                position += 2;
            } else if (c == quote) {
                if (position + 1 < length && text.charAt(position + 1) == quote) {
                    position += 2;
                } else {
                    return position + 1;
                }
            } else {
                position++;
            }
        }
        return position;
    }

    /**
     * Just past the {@code $tag$} that closes the one at {@code dollar}, or -1 when that '$' opens no
     * dollar quote (it follows a word, as in {@code a$b}, or no tag and '$' follow it, as in {@code $1}).
     */
    static int dollarQuoted(String text, int dollar) {
        int length = text.length();
        if (dollar > 0 && SqlChars.isIdentCont(text.charAt(dollar - 1))) {
            return -1;
        }
        int tagEnd = dollar + 1;
        if (tagEnd < length && SqlChars.isIdentStart(text.charAt(tagEnd))) {
            while (tagEnd < length && SqlChars.isIdentCont(text.charAt(tagEnd)) && text.charAt(tagEnd) != '$') {
                tagEnd++;
            }
        }
        if (tagEnd >= length || text.charAt(tagEnd) != '$') {
            return -1;
        }
        String delimiter = text.substring(dollar, tagEnd + 1);
        int close = text.indexOf(delimiter, tagEnd + 1);
        return close < 0 ? length : close + delimiter.length();
    }

    /** Just past the end of the block comment that opens at {@code open}; block comments nest. */
    static int blockComment(String text, int open) {
        int length = text.length();
        int depth = 0;
        int position = open;
        while (position < length) {
            if (text.charAt(position) == '/' && position + 1 < length && text.charAt(position + 1) == '*') {
                depth++;
                position += 2;
            } else if (text.charAt(position) == '*' && position + 1 < length && text.charAt(position + 1) == '/') {
                depth--;
                position += 2;
                if (depth == 0) {
                    return position;
                }
            } else {
                position++;
            }
        }
        return position;
    }
}
