package dev.evtlint.parse;

import dev.evtlint.ast.LineComment;
import dev.evtlint.script.Changeset;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a script's SQL statements start and end, the way psql's lexer (psqlscan.l) sees them: at
 * semicolons outside quotes ({@code '...'}, {@code E'...'}, {@code "..."}), dollar quotes and
 * comments ({@link QuoteEnds}), parentheses and the {@code BEGIN ... END} of SQL-standard routine bodies
 * ({@link SqlStandardBodies}), and in a Liquibase formatted SQL changelog at each changeset and at
 * its end delimiter ({@link LiquibaseChangelog}). What is not SQL belongs to the client that runs
 * the script, here psql: as psqlscan.l does, the scan calls back ({@link Callbacks}) on a backslash
 * at a token boundary, on a colon that may start a variable, and after each statement.
 */
final class StatementBoundaries {

    /** What the client that runs the script (psql) does with what is not SQL. */
    interface Callbacks {
        /** A backslash at a token boundary, at {@code backslash}: returns where SQL goes on. */
        int backslash(int backslash);

        /** A colon at {@code colon} that is no SQL operator and may start a variable: returns where the scan goes on. */
        int colon(int colon);

        /**
         * The statement just ended, the scan being at {@code scanPosition}: returns where the scan
         * goes on, {@code scanPosition} or past the data the statement reads.
         */
        int statementEnded(Segment statement, int scanPosition);
    }

    private final String text;
    private final int length;
    private final BlankedText parseText;
    private final Callbacks callbacks;
    private final List<Segment> statements = new ArrayList<>();
    private final List<LineComment> lineComments = new ArrayList<>();
    private final SqlStandardBodies bodies = new SqlStandardBodies();
    private int position;
    private int statementStart = -1;
    private int parenDepth;
    /** Inside brackets, {@code a[1:n]} is a slice, not a variable (but see {@link #startsAnElement()}). */
    private int bracketDepth;
    private final List<LiquibaseChangelog.Header> changesets;
    private int nextChangeset;
    /** The end delimiter of the current Liquibase changeset, or null for the semicolon alone. */
    private String endDelimiter;

    /** Edits go to {@code parseText}, the text to parse, a copy of {@code text}. */
    StatementBoundaries(String text, BlankedText parseText, Callbacks callbacks) {
        this.text = text;
        this.length = text.length();
        this.parseText = parseText;
        this.callbacks = callbacks;
        this.changesets = LiquibaseChangelog.headers(text);
    }

    /** Scans the whole text. */
    void scan() {
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
                position = endStatement(position);
                parseText.blank(position, lineEnd);
                position = lineEnd;
            } else if (c == '/' && peek(1) == '*') {
                position = QuoteEnds.blockComment(text, position);
            } else if (c == '\\') {
                position = callbacks.backslash(position);
            } else if (c == ';' && parenDepth == 0 && !bodies.isInside()) {
                position++;
                position = endStatement(position - 1);
            } else {
                markStart();
                token(c);
            }
        }
        endStatement(length);
    }

    /** The statements, in text order. */
    List<Segment> statements() {
        return List.copyOf(statements);
    }

    /** The {@code --} comments outside quotes and block comments, each from its {@code --} to the line end. */
    List<LineComment> lineComments() {
        return List.copyOf(lineComments);
    }

    /** The changesets when the script is a Liquibase formatted SQL changelog. */
    List<Changeset> changesets() {
        return changesets.stream().map(LiquibaseChangelog.Header::changeset).toList();
    }

    /**
     * Ends the statement open before {@code end}, if any; returns where the scan goes on after it
     * ({@link Callbacks#statementEnded}: past the data a COPY statement reads). A changeset line or
     * an end delimiter that ends a COPY statement goes on from there too.
     */
    int endStatement(int end) {
        if (statementStart < 0) {
            return position;
        }
        Segment statement = new Segment(statementStart, trimEnd(statementStart, end));
        statements.add(statement);
        statementStart = -1;
        return callbacks.statementEnded(statement, position);
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
        position = endStatement(position);
        endDelimiter = header.endDelimiter();
        if (header.runsOnPostgresql()) {
            position = header.lineEnd();
        } else {
            parseText.blank(position, header.changeset().end());
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
            case '\'' -> position = QuoteEnds.quoted(text, position, '\'', isEscapeStringPrefix());
            case '"' -> position = QuoteEnds.quoted(text, position, '"', false);
            case '$' -> {
                int end = QuoteEnds.dollarQuoted(text, position);
                position = end < 0 ? position + 1 : end;
            }
            case ':' -> position = isSqlColon() ? position + 1 : callbacks.colon(position);
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
                if (SqlChars.isIdentStart(c)) {
                    word();
                } else {
                    position++;
                }
            }
        }
    }

    private void markStart() {
        if (statementStart < 0) {
            statementStart = position;
            parenDepth = 0;
            bracketDepth = 0;
            bodies.reset();
        }
    }

    private int trimEnd(int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private void word() {
        int start = position;
        while (position < length && SqlChars.isIdentCont(text.charAt(position))) {
            position++;
        }
        bodies.word(text, start, position - start, parenDepth);
    }

    /**
     * Whether the colon here is SQL's own: the second of {@code ::}, the first of {@code ::} or
     * {@code :=}, or the separator of a slice's bounds.
     */
    private boolean isSqlColon() {
        char next = peek(1);
        boolean afterColon = position > 0 && text.charAt(position - 1) == ':';
        return afterColon || next == ':' || next == '=' || bracketDepth > 0 && !startsAnElement();
    }

    /**
     * Whether the colon here starts an element in brackets, after {@code [} or a comma
     * ({@code ARRAY[:n]}, {@code a[:i]}): there it may start a variable; after an operand
     * ({@code a[1:n]}) it separates the bounds of a slice.
     */
    private boolean startsAnElement() {
        int i = position - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '[' || text.charAt(i) == ',');
    }

    private boolean isEscapeStringPrefix() {
        if (position == 0) {
            return false;
        }
        char before = text.charAt(position - 1);
        if (before != 'e' && before != 'E') {
            return false;
        }
        return position < 2 || !SqlChars.isIdentCont(text.charAt(position - 2));
    }

    private void skipLineComment() {
        int start = position;
        while (position < length && text.charAt(position) != '\n') {
            position++;
        }
        lineComments.add(new LineComment(start, trimEnd(start, position)));
    }

    private char peek(int ahead) {
        int index = position + ahead;
        return index < length ? text.charAt(index) : '\0';
    }
}
