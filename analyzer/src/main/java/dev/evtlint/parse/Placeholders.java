package dev.evtlint.parse;

/**
 * Placeholders that tools substitute in the whole script text before it runs, quotes and function
 * bodies included: {@code @extschema@} and the like in extension scripts (CREATE EXTENSION), and
 * Flyway's {@code ${name}}. They become identifiers of the same length, so the SQL parses and no
 * position moves. The {@code $} that ends a dollar-quote delimiter ({@code $$}, {@code $json$})
 * belongs to the delimiter, as PostgreSQL's scanner reads it, so a quote whose content starts with
 * a brace ({@code $${"a": 1}$$}, {@code $${1,2}$$}) keeps its text.
 */
final class Placeholders {

    private Placeholders() {
    }

    /** The text with every placeholder made an identifier; the same instance when there is none. */
    static String substitute(String text) {
        char[] chars = null;
        // Both candidates are searched once each, never again over the same stretch of text.
        int nextAt = text.indexOf('@');
        int nextDollar = text.indexOf('$');
        while (nextAt >= 0 || nextDollar >= 0) {
            int i = nextAt < 0 ? nextDollar : nextDollar < 0 ? nextAt : Math.min(nextAt, nextDollar);
            int end = placeholderEnd(text, i);
            int resume = i + 1;
            if (end >= 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                for (int k = i; k < end; k++) {
                    char c = text.charAt(k);
                    chars[k] = Character.isLetterOrDigit(c) || c == '_' ? c : '_';
                }
                resume = end;
            }
            if (nextAt >= 0 && nextAt < resume) {
                nextAt = text.indexOf('@', resume);
            }
            if (nextDollar >= 0 && nextDollar < resume) {
                nextDollar = text.indexOf('$', resume);
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The end of the placeholder starting at {@code start} ({@code @word@} or {@code ${...}}), or -1. */
    private static int placeholderEnd(String text, int start) {
        char c = text.charAt(start);
        if (c == '@') {
            int end = start + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                end++;
            }
            boolean word = end > start + 1 && Character.isLetter(text.charAt(start + 1));
            return word && end < text.length() && text.charAt(end) == '@' ? end + 1 : -1;
        }
        if (c == '$' && start + 1 < text.length() && text.charAt(start + 1) == '{' && !endsDollarQuoteDelimiter(text, start)) {
            int end = start + 2;
            while (end < text.length() && text.charAt(end) != '}' && text.charAt(end) != '\n') {
                end++;
            }
            return end > start + 2 && end < text.length() && text.charAt(end) == '}' ? end + 1 : -1;
        }
        return -1;
    }

    /**
     * Whether the {@code $} at {@code dollar} closes a dollar-quote delimiter: a {@code $} and a tag
     * (empty, or a letter or {@code _} and then letters, digits, {@code _}) before it, that {@code $}
     * not the continuation of an identifier ({@code a$$} is one identifier in scan.l, and {@code $1$}
     * a parameter).
     */
    private static boolean endsDollarQuoteDelimiter(String text, int dollar) {
        int open = dollar - 1;
        while (open >= 0 && (Character.isLetterOrDigit(text.charAt(open)) || text.charAt(open) == '_')) {
            open--;
        }
        if (open < 0 || text.charAt(open) != '$') {
            return false;
        }
        boolean tagStartsRight = open + 1 == dollar || !Character.isDigit(text.charAt(open + 1));
        boolean afterIdentifier = open > 0 && (Character.isLetterOrDigit(text.charAt(open - 1)) || text.charAt(open - 1) == '_');
        return tagStartsRight && !afterIdentifier;
    }
}
