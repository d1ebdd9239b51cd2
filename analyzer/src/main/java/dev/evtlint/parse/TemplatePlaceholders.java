package dev.evtlint.parse;

/**
 * Placeholders of text templates that a program fills in before PostgreSQL sees the script:
 * Python's {@code str.format} fields ({@code {schema_name}}, {@code {0}}, {@code {cfg.schema}},
 * {@code {name!r}}), and the expressions ({@code {{ schema }}}), tags ({@code {% if x %}}) and
 * comments ({@code {# note #}}) of Jinja, Mustache and the like. evtlint cannot know the text that
 * takes their place, so it reads an expression or field as an identifier of the same length (the
 * usual thing such a placeholder names: a schema, a table, a role), and a tag or comment as
 * nothing; no position moves. A statement whose placeholder stands for something else (a number
 * where the grammar needs one, a keyword) can still fail to parse.
 * <p>
 * {@code {} is no token of PostgreSQL's scanner (scan.l), so outside literals, quoted identifiers
 * and comments a brace is never SQL: only there are braces read as placeholders, in function bodies
 * too (a dollar quote is passed over, its content read like the rest). Inside a string literal a
 * brace is data ({@code '{a,b}'::text[]}, a regular expression's {@code {2}}) and stays as it is.
 */
final class TemplatePlaceholders {

    private TemplatePlaceholders() {
    }

    /** The text with every template placeholder outside literals replaced; the same instance when there is none. */
    static String substitute(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        char[] chars = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '-' && at(text, i + 1) == '-') {
                i = lineEnd(text, i);
            } else if (c == '/' && at(text, i + 1) == '*') {
                i = blockCommentEnd(text, i);
            } else if (c == '\'') {
                i = stringEnd(text, i, isEscapeString(text, i));
            } else if (c == '"') {
                i = quotedIdentifierEnd(text, i);
            } else if (c == '{') {
                int end = expressionEnd(text, i);
                boolean blank = end < 0;
                if (blank) {
                    end = tagEnd(text, i);
                }
                if (end < 0) {
                    i++;
                    continue;
                }
                if (chars == null) {
                    chars = text.toCharArray();
                }
                for (int k = i; k < end; k++) {
                    chars[k] = blank ? Character.isWhitespace(text.charAt(k)) ? text.charAt(k) : ' '
                            : Character.isLetterOrDigit(text.charAt(k)) ? text.charAt(k) : '_';
                }
                i = end;
            } else {
                i++;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * The end of an expression placeholder at {@code start}, on one line: {@code {{ ... }}}, or a
     * {@code str.format} field, {@code {}} or {@code {name}} with attributes {@code .a}, indexes
     * {@code [k]}, a conversion {@code !r} and a format spec {@code :>10}; -1 when there is none.
     */
    private static int expressionEnd(String text, int start) {
        if (at(text, start + 1) == '{') {
            int close = text.indexOf("}}", start + 2);
            return close > start + 2 && noLineBreak(text, start, close) ? close + 2 : -1;
        }
        int i = start + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        while (at(text, i) == '.' || at(text, i) == '[') {
            if (text.charAt(i) == '.') {
                int name = ++i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                if (i == name) {
                    return -1;
                }
            } else {
                int close = text.indexOf(']', i);
                if (close < 0 || !noLineBreak(text, i, close)) {
                    return -1;
                }
                i = close + 1;
            }
        }
        if (at(text, i) == '!' && "rsa".indexOf(at(text, i + 1)) >= 0) {
            i += 2;
        }
        if (at(text, i) == ':') {
            while (i < text.length() && "{}\n".indexOf(text.charAt(i)) < 0) {
                i++;
            }
        }
        return at(text, i) == '}' ? i + 1 : -1;
    }

    /** The end of a tag {@code {% ... %}} or comment {@code {# ... #}} at {@code start}, which may span lines; -1 when none. */
    private static int tagEnd(String text, int start) {
        char kind = at(text, start + 1);
        if (kind != '%' && kind != '#') {
            return -1;
        }
        int close = text.indexOf(new String(new char[] {kind, '}'}), start + 2);
        return close < 0 ? -1 : close + 2;
    }

    /** An {@code E'...'} string, where a backslash escapes the next character. */
    private static boolean isEscapeString(String text, int quote) {
        return quote > 0 && (text.charAt(quote - 1) == 'E' || text.charAt(quote - 1) == 'e')
                && (quote == 1 || !isIdentifierChar(text.charAt(quote - 2)));
    }

    private static int stringEnd(String text, int quote, boolean backslashEscapes) {
        int i = quote + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == '\'' && at(text, i + 1) == '\'') {
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int quotedIdentifierEnd(String text, int quote) {
        int close = text.indexOf('"', quote + 1);
        return close < 0 ? text.length() : close + 1;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** PostgreSQL's block comments nest. */
    private static int blockCommentEnd(String text, int start) {
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static boolean noLineBreak(String text, int from, int to) {
        return text.indexOf('\n', from) < 0 || text.indexOf('\n', from) > to;
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The character at {@code index}, or 0 past the end. */
    private static char at(String text, int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }
}
