package dev.evtlint.cli;

import dev.evtlint.rule.Nearest;
import dev.evtlint.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean" for what a user mistyped: a rule ID or name, a subcommand, an option. The
 * candidates are those {@link Nearest} finds; a word near none of them gets no guess.
 */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The usage error for {@code key}, which names no rule. */
    static String unknownRule(String key) {
        return "unknown rule '" + key.trim() + "'; " + guess(RuleRegistry.load().nearest(key)) + "'evtlint rules' lists them";
    }

    /**
     * The message of {@code e} with a guess when it is about an argument picocli could not match: a
     * subcommand where the command has subcommands, else an option of the command it was given to.
     */
    static String message(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        String word = unmatched.getUnmatched().get(0);
        CommandSpec spec = e.getCommandLine().getCommandSpec();
        List<String> candidates = new ArrayList<>();
        if (word.startsWith("-")) {
            word = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            candidates.addAll(spec.optionsMap().keySet());
        } else {
            candidates.addAll(spec.subcommands().keySet());
        }
        String guess = guess(Nearest.all(word, candidates));
        return guess.isEmpty() ? e.getMessage() : e.getMessage() + "; " + guess.strip();
    }

    /** "did you mean A? ", "did you mean A or B? ", or nothing. */
    private static String guess(List<String> nearest) {
        if (nearest.isEmpty()) {
            return "";
        }
        String last = nearest.get(nearest.size() - 1);
        String others = String.join(", ", nearest.subList(0, nearest.size() - 1));
        return "did you mean " + (others.isEmpty() ? last : others + " or " + last) + "? ";
    }
}
