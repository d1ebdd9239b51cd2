package dev.evtlint.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts of one file ({@code diff -u}, {@code git apply} and {@code patch}
 * read it), with three lines of context. Lines keep their own endings; a last line without one is
 * marked as diff marks it. The lines between the first and the last change are matched by their
 * longest common subsequence, or all replaced when there are too many of them to match cheaply.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Beyond this many line pairs between the first and last change, the lines between are replaced whole. */
    private static final long MAX_MATCHED_PAIRS = 4_000_000;

    private enum Kind { SAME, REMOVED, ADDED }

    private record Line(Kind kind, String text, int oldNumber, int newNumber) {
    }

    private UnifiedDiff() {
    }

    /** The diff from {@code before} to {@code after}, both named {@code path}; empty when they are equal. */
    public static String of(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<Line> lines = compare(lines(before), lines(after));
        StringBuilder diff = new StringBuilder("--- ").append(path).append('\n').append("+++ ").append(path).append('\n');
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // A hunk goes on while the next change is within twice the context of the last one.
            for (int j = i; j < lines.size() && j <= end + 2 * CONTEXT; j++) {
                if (lines.get(j).kind() != Kind.SAME) {
                    end = j;
                }
            }
            int stop = Math.min(lines.size(), end + CONTEXT + 1);
            hunk(diff, lines.subList(start, stop));
            i = stop;
        }
        return diff.toString();
    }

    private static void hunk(StringBuilder diff, List<Line> hunk) {
        int oldCount = (int) hunk.stream().filter(l -> l.kind() != Kind.ADDED).count();
        int newCount = (int) hunk.stream().filter(l -> l.kind() != Kind.REMOVED).count();
        Line first = hunk.get(0);
        diff.append("@@ -").append(range(first.oldNumber(), oldCount)).append(" +").append(range(first.newNumber(), newCount))
                .append(" @@\n");
        for (Line line : hunk) {
            diff.append(switch (line.kind()) {
                case SAME -> ' ';
                case REMOVED -> '-';
                case ADDED -> '+';
            }).append(line.text());
            if (!line.text().endsWith("\n")) {
                diff.append("\n\\ No newline at end of file\n");
            }
        }
    }

    /** "start,count" with start the line before the hunk when it holds no line of that side, as diff writes it. */
    private static String range(int start, int count) {
        return (count == 0 ? start - 1 : start) + "," + count;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    /** Every line of both sides in order, numbered on the side(s) it is on. */
    private static List<Line> compare(List<String> before, List<String> after) {
        int prefix = 0;
        while (prefix < before.size() && prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            lines.add(new Line(Kind.SAME, before.get(i), i + 1, i + 1));
        }
        middle(lines, before.subList(prefix, before.size() - suffix), after.subList(prefix, after.size() - suffix), prefix);
        for (int i = suffix; i > 0; i--) {
            int oldIndex = before.size() - i;
            int newIndex = after.size() - i;
            lines.add(new Line(Kind.SAME, before.get(oldIndex), oldIndex + 1, newIndex + 1));
        }
        return lines;
    }

    private static void middle(List<Line> lines, List<String> before, List<String> after, int offset) {
        int n = before.size();
        int m = after.size();
        int[][] common = (long) n * m <= MAX_MATCHED_PAIRS ? new int[n + 1][m + 1] : new int[1][1];
        if (common.length > 1) {
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
                            : Math.max(common[i + 1][j], common[i][j + 1]);
                }
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            boolean matched = common.length > 1 && i < n && j < m && before.get(i).equals(after.get(j));
            if (matched) {
                lines.add(new Line(Kind.SAME, before.get(i), offset + i + 1, offset + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || common.length == 1 || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line(Kind.REMOVED, before.get(i), offset + i + 1, offset + j + 1));
                i++;
            } else {
                lines.add(new Line(Kind.ADDED, after.get(j), offset + i + 1, offset + j + 1));
                j++;
            }
        }
    }
}
