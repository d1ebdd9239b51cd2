package dev.evtlint.groundtruth;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- verify: <check> [argument]} line of a fixture: which observation on real servers
 * stands for the claim of the fixture's rule (docs/ground-truth.md lists the checks). The static
 * fixture runner reads it as an ordinary comment.
 */
record VerifyDirective(String check, String argument) {
    private static final Pattern LINE = Pattern.compile("^--[ \\t]*verify:[ \\t]*(\\S+)[ \\t]*(.*?)[ \\t]*$", Pattern.MULTILINE);

    /** The directive in a fixture's text, if it has one; two are a mistake in the fixture. */
    static Optional<VerifyDirective> find(String text) {
        Matcher matcher = LINE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        VerifyDirective directive = new VerifyDirective(matcher.group(1), matcher.group(2));
        if (matcher.find()) {
            throw new IllegalArgumentException("more than one '-- verify:' line");
        }
        return Optional.of(directive);
    }
}
