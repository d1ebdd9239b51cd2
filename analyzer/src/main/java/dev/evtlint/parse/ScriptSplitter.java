package dev.evtlint.parse;

import dev.evtlint.ast.LineComment;
import dev.evtlint.script.Changeset;
import dev.evtlint.script.PsqlConnect;
import dev.evtlint.script.PsqlInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements the way psql runs it: the psql layer, around the SQL statement
 * boundaries that {@link StatementBoundaries} finds. psql meta-commands ({@code \set}, {@code \if},
 * {@code \c}...) and the data of {@code COPY ... FROM stdin} up to {@code \.} ({@link CopyData}) are
 * not SQL: they are blanked out in {@link Result#text()}, which keeps every offset of the original
 * text ({@link BlankedText}). {@link Placeholders} are substituted there everywhere, function bodies
 * included, and {@link TemplatePlaceholders} outside literals; psql variables become what psql
 * substitutes them with: {@code :name} an identifier (or, where the grammar needs a string or a
 * number there, one: {@link PsqlVariableTokens}), {@code :'name'} a string, {@code :"name"} a quoted
 * identifier, {@code :{?name}} a boolean.
 */
final class ScriptSplitter implements StatementBoundaries.Callbacks {

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
    private final BlankedText parseText;
    private final StatementBoundaries statements;
    private final CopyData copyData;
    private final List<Segment> psqlVariables = new ArrayList<>();
    private final List<PsqlInclude> includes = new ArrayList<>();
    private final List<PsqlConnect> connects = new ArrayList<>();

    private ScriptSplitter(String text) {
        this.text = text;
        this.parseText = new BlankedText(text);
        // The scan calls back only once it runs, when this object is complete.
        this.statements = new StatementBoundaries(text, parseText, this);
        this.copyData = new CopyData(text);
    }

    static Result split(String original) {
        ScriptSplitter splitter = new ScriptSplitter(TemplatePlaceholders.substitute(Placeholders.substitute(original)));
        splitter.statements.scan();
        return new Result(splitter.statements.statements(), splitter.parseText.toString(),
                splitter.statements.lineComments(), splitter.statements.changesets(),
                List.copyOf(splitter.psqlVariables), List.copyOf(splitter.includes), List.copyOf(splitter.connects));
    }

    /**
     * A psql meta-command runs to the end of its line. {@code \g} and its variants send the query
     * buffer, so they end the statement like a semicolon; every meta-command is blanked out. An
     * include command is kept: the statements of the file it names run there; and so is a connect
     * command: the statements after it run in the database it connects to.
     */
    @Override
    public int backslash(int start) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        char command = start + 1 < text.length() ? text.charAt(start + 1) : '\0';
        if (command == 'g' || command == ';') {
            statements.endStatement(start);
        }
        PsqlInclude include = PsqlIncludes.read(text, start, end);
        if (include != null) {
            includes.add(include);
        }
        PsqlConnect connect = PsqlConnects.read(text, start, end);
        if (connect != null) {
            connects.add(connect);
        }
        parseText.blank(start, end);
        return end;
    }

    /** {@code :name}, {@code :'name'}, {@code :"name"} and {@code :{?name}}. */
    @Override
    public int colon(int colon) {
        char next = colon + 1 < text.length() ? text.charAt(colon + 1) : '\0';
        if (next == '\'' || next == '"') {
            // The quoted name that follows is scanned as SQL: a string or a quoted identifier.
            parseText.replace(colon, colon + 1, " ");
        } else if (next == '{' && colon + 2 < text.length() && text.charAt(colon + 2) == '?') {
            int close = text.indexOf('}', colon);
            if (close >= 0) {
                parseText.replace(colon, close + 1, "true");
                return close + 1;
            }
        } else if (SqlChars.isIdentStart(next)) {
            // The name that follows is scanned as SQL: an identifier.
            parseText.replace(colon, colon + 1, "_");
            int end = colon + 1;
            while (end < text.length() && SqlChars.isIdentCont(text.charAt(end))) {
                end++;
            }
            psqlVariables.add(new Segment(colon, end));
        }
        return colon + 1;
    }

    /** After {@code COPY ... FROM stdin}, psql sends the data lines: they are blanked, and the scan goes on after them. */
    @Override
    public int statementEnded(Segment statement, int scanPosition) {
        if (!CopyData.isCopyFromStdin(text, statement)) {
            return scanPosition;
        }
        Segment data = copyData.after(scanPosition);
        if (data == null) {
            return scanPosition;
        }
        parseText.blank(data.start(), data.end());
        return data.end();
    }
}
