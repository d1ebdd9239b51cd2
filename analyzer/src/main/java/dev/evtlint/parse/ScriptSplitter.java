package dev.evtlint.parse;

import dev.evtlint.ast.LineComment;
import dev.evtlint.script.Changeset;
import dev.evtlint.script.PsqlConnect;
import dev.evtlint.script.PsqlInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits a script into statements the way psql does (psqlscan.l): at semicolons outside quotes,
 * comments, dollar quotes and parentheses, and outside {@code BEGIN ... END} of SQL-standard
 * function bodies. psql meta-commands ({@code \set}, {@code \if}, {@code \c}...) and the data of
 * {@code COPY ... FROM stdin} up to {@code \.} are not SQL: they are blanked out in
 * {@link Result#text()}, which keeps every offset of the original text. {@link Placeholders} are
 * substituted there everywhere, function bodies included, and {@link TemplatePlaceholders} outside
 * literals; psql variables become what psql
 * substitutes them with: {@code :name} an identifier (or, where the grammar needs a string or a
 * number there, one: {@link PsqlVariableTokens}), {@code :'name'} a string, {@code :"name"} a quoted
 * identifier, {@code :{?name}} a boolean. In a Liquibase formatted SQL changelog, statements
 * end at each changeset too, and at its end delimiter ({@link LiquibaseChangelog}).
 */
final class ScriptSplitter {

    /** A statement's extent: from its first significant character to just before its ';'. */
    record Segment(int start, int end) {
    }

    /**
     * The statements, the text to parse them from (the original, or a blanked copy), and the
     * {@code --} comments outside quotes and block comments (each from its {@code --} to the line end),
     * the changesets when the script is a Liquibase formatted SQL changelog, and where the text has
     * a bare psql variable ({@code :name}, an identifier in {@link #text()}), psql's include
     * commands ({@code \i file.sql}) and its connect commands ({@code \c db}), in text order.
     */
    record Result(List<Segment> segments, String text, List<LineComment> lineComments, List<Changeset> changesets,
                  List<Segment> psqlVariables, List<PsqlInclude> includes, List<PsqlConnect> connects) {

        /** The bare psql variables that stand in {@code segment}, in text order. */
        List<Segment> psqlVariablesIn(Segment segment) {
            int low = 0;
            int high = psqlVariables.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (psqlVariables.get(middle).start() < segment.start()) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            int last = low;
            while (last < psqlVariables.size() && psqlVariables.get(last).end() <= segment.end()) {
                last++;
            }
            return psqlVariables.subList(low, last);
        }
    }

    private final String text;
    private final int length;
    private final List<Segment> segments = new ArrayList<>();
    private final List<LineComment> lineComments = new ArrayList<>();
    private final List<Segment> psqlVariables = new ArrayList<>();
    private final List<PsqlInclude> includes = new ArrayList<>();
    private final List<PsqlConnect> connects = new ArrayList<>();
    private char[] blanked;
    private int position;
    private int segmentStart = -1;
    private int parenDepth;
    /** Inside brackets, {@code a[1:n]} is a slice, not a psql variable (but see {@link #startsAnElement()}). */
    private int bracketDepth;
    private int beginDepth;
    private final char[] leadingWordInitials = new char[4];
    private int wordCount;
    private final List<LiquibaseChangelog.Header> changesets;
    private int nextChangeset;
    /** The end delimiter of the current Liquibase changeset, or null for the semicolon alone. */
    private String endDelimiter;
    /** Where the last search for a COPY data terminator started, and the line it found (-1: none). */
    private int terminatorSearchedFrom = Integer.MAX_VALUE;
    private int terminatorLineStart = -1;

    private ScriptSplitter(String text) {
        this.text = text;
        this.length = text.length();
        this.changesets = LiquibaseChangelog.headers(text);
    }

    static Result split(String original) {
        String text = TemplatePlaceholders.substitute(Placeholders.substitute(original));
        ScriptSplitter splitter = new ScriptSplitter(text);
        splitter.run();
        String parseText = splitter.blanked == null ? text : new String(splitter.blanked);
        return new Result(List.copyOf(splitter.segments), parseText, List.copyOf(splitter.lineComments),
                splitter.changesets.stream().map(LiquibaseChangelog.Header::changeset).toList(),
                List.copyOf(splitter.psqlVariables), List.copyOf(splitter.includes),
                List.copyOf(splitter.connects));
    }

    private void run() {
        while (position < length) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c)) {
                position++;
            } else if (c == '-' && peek(1) == '-' && isChangesetStart()) {
                changeset(changesets.get(nextChangeset++));
            } else if (c == '-' && peek(1) == '-') {
                skipLineComment();
            } else if (endDelimiter != null && isEndDelimiterLine()) {
                int lineEnd = lineEnd(position);
                endSegment(position);
                blank(position, lineEnd);
                position = lineEnd;
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '\\') {
                metaCommand();
            } else if (c == ';' && parenDepth == 0 && beginDepth == 0) {
                position++;
                endSegment(position - 1);
            } else {
                markStart();
                token(c);
            }
        }
        endSegment(length);
    }

    /**
     * Whether a changeset line starts here. One inside a quote or block comment was passed over
     * with it (Liquibase, reading lines, would cut the quote there; the SQL is broken either way).
     */
    private boolean isChangesetStart() {
        while (nextChangeset < changesets.size() && changesets.get(nextChangeset).start() < position) {
            nextChangeset++;
        }
        return nextChangeset < changesets.size() && changesets.get(nextChangeset).start() == position;
    }

    /**
     * A changeset ends the statement before it, whether or not a semicolon did. One that does not
     * run on PostgreSQL ({@code dbms:oracle}) is blanked out.
     */
    private void changeset(LiquibaseChangelog.Header header) {
        endSegment(position);
        endDelimiter = header.endDelimiter();
        if (header.runsOnPostgresql()) {
            position = header.lineEnd();
        } else {
            blank(position, header.changeset().end());
            position = header.changeset().end();
        }
    }

    /**
     * Whether the line from here holds only the changeset's end delimiter ({@code /}, {@code GO}):
     * on a line of its own, as Liquibase's documentation advises, so that a division is no end.
     */
    private boolean isEndDelimiterLine() {
        int lineStart = text.lastIndexOf('\n', position - 1) + 1;
        return text.substring(lineStart, position).isBlank()
                && text.substring(position, lineEnd(position)).strip().equalsIgnoreCase(endDelimiter);
    }

    private int lineEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? length : end;
    }

    private void token(char c) {
        switch (c) {
            case '\'' -> skipQuoted('\'', isEscapeStringPrefix());
            case '"' -> skipQuoted('"', false);
            case '$' -> {
                if (!skipDollarQuote()) {
                    position++;
                }
            }
            case ':' -> psqlVariable();
            case '[' -> {
                bracketDepth++;
                position++;
            }
            case ']' -> {
                bracketDepth = Math.max(0, bracketDepth - 1);
                position++;
            }
            case '(' -> {
                parenDepth++;
                position++;
            }
            case ')' -> {
                parenDepth = Math.max(0, parenDepth - 1);
                position++;
            }
            default -> {
                if (isWordStart(c)) {
                    word();
                } else {
                    position++;
                }
            }
        }
    }

    private void markStart() {
        if (segmentStart < 0) {
            segmentStart = position;
            parenDepth = 0;
            bracketDepth = 0;
            beginDepth = 0;
            wordCount = 0;
            Arrays.fill(leadingWordInitials, (char) 0);
        }
    }

    private void endSegment(int end) {
        if (segmentStart >= 0) {
            segments.add(new Segment(segmentStart, trimEnd(segmentStart, end)));
            boolean copyFromStdin = isCopyFromStdin(segmentStart, end);
            segmentStart = -1;
            if (copyFromStdin) {
                skipCopyData();
            }
        }
    }

    private int trimEnd(int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * Words matter for SQL-standard bodies. Like psql: when the statement starts with CREATE [OR
     * REPLACE] FUNCTION/PROCEDURE, BEGIN opens a block outside parentheses, CASE nests inside one,
     * and END closes one; semicolons inside do not end the statement.
     */
    private void word() {
        int start = position;
        while (position < length && isWordPart(text.charAt(position))) {
            position++;
        }
        int wordLength = position - start;
        if (wordCount < leadingWordInitials.length) {
            leadingWordInitials[wordCount] = isRoutineWord(start, wordLength) ? Character.toLowerCase(text.charAt(start)) : 0;
        }
        wordCount++;
        if (!isCreateRoutine() || parenDepth != 0) {
            return;
        }
        if (isWord(start, wordLength, "begin")) {
            beginDepth++;
        } else if (isWord(start, wordLength, "case")) {
            if (beginDepth >= 1) {
                beginDepth++;
            }
        } else if (isWord(start, wordLength, "end") && beginDepth > 0) {
            beginDepth--;
        }
    }

    private boolean isRoutineWord(int start, int wordLength) {
        return isWord(start, wordLength, "create") || isWord(start, wordLength, "function")
                || isWord(start, wordLength, "procedure") || isWord(start, wordLength, "or")
                || isWord(start, wordLength, "replace");
    }

    private boolean isWord(int start, int wordLength, String word) {
        return wordLength == word.length() && Character.toLowerCase(text.charAt(start)) == word.charAt(0)
                && text.regionMatches(true, start, word, 0, wordLength);
    }

    private boolean isCreateRoutine() {
        char[] w = leadingWordInitials;
        return w[0] == 'c' && (w[1] == 'f' || w[1] == 'p' || (w[1] == 'o' && w[2] == 'r' && (w[3] == 'f' || w[3] == 'p')));
    }

    private boolean isEscapeStringPrefix() {
        if (position == 0) {
            return false;
        }
        char before = text.charAt(position - 1);
        if (before != 'e' && before != 'E') {
            return false;
        }
        return position < 2 || !isWordPart(text.charAt(position - 2));
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        position++;
        while (position < length) {
            char c = text.charAt(position);
            if (backslashEscapes && c == '\\') {
                position += 2;
            } else if (c == quote) {
                if (peek(1) == quote) {
                    position += 2;
                } else {
                    position++;
                    return;
                }
            } else {
                position++;
            }
        }
    }

    /** Skips {@code $tag$ ... $tag$}; returns false when the '$' does not open a dollar quote. */
    private boolean skipDollarQuote() {
        if (position > 0 && isWordPart(text.charAt(position - 1))) {
            return false;
        }
        int tagEnd = position + 1;
        if (tagEnd < length && isWordStart(text.charAt(tagEnd))) {
            while (tagEnd < length && isWordPart(text.charAt(tagEnd)) && text.charAt(tagEnd) != '$') {
                tagEnd++;
            }
        }
        if (tagEnd >= length || text.charAt(tagEnd) != '$') {
            return false;
        }
        String delimiter = text.substring(position, tagEnd + 1);
        int close = text.indexOf(delimiter, tagEnd + 1);
        position = close < 0 ? length : close + delimiter.length();
        return true;
    }

    /** {@code :name}, {@code :'name'}, {@code :"name"} and {@code :{?name}}; {@code ::} and {@code :=} are not variables. */
    private void psqlVariable() {
        char next = peek(1);
        boolean afterColon = position > 0 && text.charAt(position - 1) == ':';
        if (afterColon || next == ':' || next == '=' || bracketDepth > 0 && !startsAnElement()) {
            position++;
        } else if (next == '\'' || next == '"') {
            replace(position, position + 1, " ");
            position++;
            skipQuoted(next, false);
        } else if (next == '{' && peek(2) == '?') {
            int close = text.indexOf('}', position);
            if (close < 0) {
                position++;
                return;
            }
            replace(position, close + 1, "true");
            position = close + 1;
        } else if (isWordStart(next)) {
            int start = position;
            replace(position, position + 1, "_");
            position++;
            word();
            psqlVariables.add(new Segment(start, position));
        } else {
            position++;
        }
    }

    /**
     * Whether the colon at the current position starts an element in brackets, after {@code [} or
     * a comma ({@code ARRAY[:n]}, {@code a[:i]}): there it is a variable; after an operand
     * ({@code a[1:n]}) it separates the bounds of a slice.
     */
    private boolean startsAnElement() {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '[' || text.charAt(i) == ',');
    }

    /** Puts {@code replacement}, padded with spaces, in place of [start, end) in the text to parse. */
    private void replace(int start, int end, String replacement) {
        if (blanked == null) {
            blanked = text.toCharArray();
        }
        for (int i = start; i < end; i++) {
            int k = i - start;
            blanked[i] = k < replacement.length() ? replacement.charAt(k) : ' ';
        }
    }

    private void skipLineComment() {
        int start = position;
        while (position < length && text.charAt(position) != '\n') {
            position++;
        }
        lineComments.add(new LineComment(start, trimEnd(start, position)));
    }

    private void skipBlockComment() {
        int depth = 0;
        while (position < length) {
            if (text.charAt(position) == '/' && peek(1) == '*') {
                depth++;
                position += 2;
            } else if (text.charAt(position) == '*' && peek(1) == '/') {
                depth--;
                position += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                position++;
            }
        }
    }

    /**
     * A psql meta-command runs to the end of its line. {@code \g} and its variants send the query
     * buffer, so they end the statement like a semicolon; every meta-command is blanked out. An
     * include command is kept: the statements of the file it names run there; and so is a connect
     * command ({@link #connect}).
     */
    private void metaCommand() {
        int start = position;
        int end = text.indexOf('\n', start);
        end = end < 0 ? length : end;
        if (peek(1) == 'g' || peek(1) == ';') {
            endSegment(start);
        }
        PsqlInclude include = PsqlIncludes.read(text, start, end);
        if (include != null) {
            includes.add(include);
        }
        connect(start, end);
        blank(start, end);
        position = end;
    }

    /** A {@code \c} or {@code \connect} command: the statements after it run in the database it connects to. */
    private void connect(int start, int end) {
        PsqlConnect connect = PsqlConnects.read(text, start, end);
        if (connect != null) {
            connects.add(connect);
        }
    }

    private boolean isCopyFromStdin(int start, int end) {
        if (end - start < 4 || !text.regionMatches(true, start, "copy", 0, 4)) {
            return false;
        }
        String statement = text.substring(start, end).toLowerCase(Locale.ROOT);
        return statement.matches("(?s)copy\\b.*\\bfrom\\s+(stdin|pstdin)\\b.*");
    }

    /**
     * Blanks the lines after {@code COPY ... FROM stdin;} up to and including the line {@code \.}.
     * Without such a line further on, the data was already taken out of the file and nothing is
     * blanked: the statements that follow are SQL.
     */
    private void skipCopyData() {
        int lineStart = text.indexOf('\n', position);
        if (lineStart < 0) {
            return;
        }
        lineStart++;
        int terminatorEnd = copyTerminatorEnd(lineStart);
        if (terminatorEnd < 0) {
            return;
        }
        blank(lineStart, terminatorEnd);
        position = terminatorEnd;
    }

    /**
     * The end of the first line from {@code from} (a line start) on that is {@code \.}, or -1. The
     * answer of the last search is kept: searches only move forward, and a script whose COPY
     * statements come without data (taken out, as in PostgreSQL's regression scripts) would
     * otherwise be searched to its end once per COPY.
     */
    private int copyTerminatorEnd(int from) {
        if (from < terminatorSearchedFrom || (terminatorLineStart >= 0 && terminatorLineStart < from)) {
            terminatorSearchedFrom = from;
            terminatorLineStart = firstTerminatorLine(from);
        }
        if (terminatorLineStart < 0) {
            return -1;
        }
        int lineEnd = text.indexOf('\n', terminatorLineStart);
        return lineEnd < 0 ? length : lineEnd;
    }

    /** The start of the first line from {@code from} on that holds {@code \.} and white space only, or -1. */
    private int firstTerminatorLine(int from) {
        int lineStart = from;
        while (lineStart < length) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? length : lineEnd;
            if (isTerminatorLine(lineStart, lineEnd)) {
                return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return -1;
    }

    private boolean isTerminatorLine(int lineStart, int lineEnd) {
        int start = lineStart;
        int end = lineEnd;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start == 2 && text.charAt(start) == '\\' && text.charAt(start + 1) == '.';
    }

    private void blank(int start, int end) {
        if (blanked == null) {
            blanked = text.toCharArray();
        }
        for (int i = start; i < end; i++) {
            if (blanked[i] != '\n' && blanked[i] != '\r') {
                blanked[i] = ' ';
            }
        }
    }

    private char peek(int ahead) {
        int index = position + ahead;
        return index < length ? text.charAt(index) : '\0';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }
}
