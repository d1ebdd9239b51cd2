package dev.evtlint.cli;

import dev.evtlint.rule.Nearest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean" for a subcommand or an option picocli could not match (a mistyped rule gets its
 * guess from {@link dev.evtlint.rule.RuleRegistry#unknownRule}). The candidates are those
 * {@link Nearest} finds; a word near none of them gets no guess.
 */
final class DidYouMean {

    private DidYouMean() {
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
        String guess = Nearest.suggestion(Nearest.all(word, candidates));
        return guess.isEmpty() ? e.getMessage() : e.getMessage() + "; " + guess.strip();
    }
}
