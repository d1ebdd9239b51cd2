package dev.evtlint.parse;

import dev.evtlint.script.Changeset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Liquibase formatted SQL: a file whose first line is {@code --liquibase formatted sql}, cut into
 * changesets by {@code --changeset author:id [attribute:value...]} lines. What the splitter needs
 * of them: where each starts (a statement never runs on into the next changeset), its
 * {@code endDelimiter}, and whether it runs on PostgreSQL at all ({@code dbms:}). The
 * {@code --rollback} lines are comments to the splitter, so they are never run.
 */
final class LiquibaseChangelog {
    private static final Pattern FIRST_LINE = Pattern.compile("\\s*--\\s*liquibase\\s+formatted\\s+sql\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANGESET = Pattern.compile("--\\s*changeset\\s+(\"[^\"]*\"|\\S+?):(\"[^\"]*\"|\\S+)(.*)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Tried only where a word starts, and without backtracking into it: tried at every position of
     * a long word, the name took time quadratic in its length (100 KB: a minute).
     */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<!\\w)(\\w++):(\"[^\"]*+\"|\\S++)");

    /**
     * A {@code --changeset} line at {@code start}, ending at {@code lineEnd}: its end delimiter (null
     * for the semicolon) and whether it runs on PostgreSQL.
     */
    record Header(int start, int lineEnd, Changeset changeset, String endDelimiter, boolean runsOnPostgresql) {
    }

    private LiquibaseChangelog() {
    }

    /** The changeset lines of a formatted SQL changelog, in order; none for any other file. */
    static List<Header> headers(String text) {
        int firstLineEnd = lineEnd(text, 0);
        if (!FIRST_LINE.matcher(text.substring(0, firstLineEnd).stripTrailing()).matches()) {
            return List.of();
        }
        List<int[]> lines = new ArrayList<>();
        List<Matcher> matches = new ArrayList<>();
        for (int lineStart = firstLineEnd + 1; lineStart < text.length(); lineStart = lineEnd(text, lineStart) + 1) {
            int start = lineStart;
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
            Matcher matcher = CHANGESET.matcher(text.substring(start, lineEnd(text, lineStart)).stripTrailing());
            if (matcher.matches()) {
                lines.add(new int[] {start, lineEnd(text, lineStart)});
                matches.add(matcher);
            }
        }
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int end = i + 1 < lines.size() ? lines.get(i + 1)[0] : text.length();
            headers.add(header(lines.get(i)[0], lines.get(i)[1], end, matches.get(i)));
        }
        return headers;
    }

    private static Header header(int start, int lineEnd, int end, Matcher line) {
        String endDelimiter = null;
        boolean runsAgain = false;
        boolean onPostgresql = true;
        Matcher attribute = ATTRIBUTE.matcher(line.group(3));
        while (attribute.find()) {
            String value = unquote(attribute.group(2));
            switch (attribute.group(1).toLowerCase(Locale.ROOT)) {
                case "enddelimiter" -> endDelimiter = value;
                case "runalways", "runonchange" -> runsAgain |= value.equalsIgnoreCase("true");
                case "dbms" -> onPostgresql = runsOnPostgresql(value);
                default -> {
                    // contexts, labels, splitStatements and the rest do not change what runs on PostgreSQL
                }
            }
        }
        Changeset changeset = new Changeset(unquote(line.group(1)), unquote(line.group(2)), start, end, runsAgain);
        return new Header(start, lineEnd, changeset, endDelimiter, onPostgresql);
    }

    /** {@code dbms:postgresql,h2}, {@code dbms:!oracle}, {@code dbms:all}, {@code dbms:none}. */
    private static boolean runsOnPostgresql(String value) {
        boolean onlyExclusions = true;
        for (String dbms : value.toLowerCase(Locale.ROOT).split(",")) {
            String name = dbms.strip();
            if (name.equals("!postgresql") || name.equals("none")) {
                return false;
            }
            if (name.equals("postgresql") || name.equals("all")) {
                return true;
            }
            onlyExclusions &= name.startsWith("!");
        }
        return onlyExclusions;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
