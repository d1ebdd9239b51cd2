package dev.evtlint.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The candidate closest to a misspelt word, for "did you mean" suggestions: of rules (a tag, an
 * event name) and of the command line (a subcommand, an option, a rule ID).
 */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The candidate with the smallest edit distance to {@code word} (the first one on ties), or null
     * when even that one needs more edits than a third of the word's characters (at least one, and
     * fewer than the word has: an empty word is close to nothing).
     */
    public static String of(String word, Collection<String> candidates) {
        List<String> nearest = all(word, candidates);
        return nearest.isEmpty() ? null : nearest.get(0);
    }

    /** Every candidate as near to {@code word} as {@link #of} asks, in their order: {@code EVT10} is as near to EVT101 as to EVT102. */
    public static List<String> all(String word, Collection<String> candidates) {
        List<String> best = new ArrayList<>();
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(word, candidate);
            if (distance < bestDistance) {
                best.clear();
                bestDistance = distance;
            }
            if (distance == bestDistance) {
                best.add(candidate);
            }
        }
        return bestDistance <= Math.max(1, word.length() / 3) && bestDistance < word.length() ? best : List.of();
    }

    /** Edits (insert, delete, replace, swap two neighbours) from {@code a} to {@code b}. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
