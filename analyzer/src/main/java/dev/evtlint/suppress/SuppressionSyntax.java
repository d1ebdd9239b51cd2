package dev.evtlint.suppress;

import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the text of one {@code --} comment: {@code evtlint-ignore RULE[, RULE...] [reason]} or
 * {@code evtlint-ignore-file RULE[, RULE...] [reason]}, rules by ID or name. A comment that starts
 * with {@code evtlint-ignore} but is not exactly one of these is malformed, never silently ignored
 * (squawk once let a malformed file-level comment suppress everything).
 */
final class SuppressionSyntax {
    static final String MARKER = "evtlint-ignore";
    private static final String FILE_SUFFIX = "-file";

    /** What a comment says: not a suppression at all, a malformed one (with the problem), or a valid one. */
    record Parsed(boolean wholeFile, List<RuleDescriptor> rules, String reason, String problem) {

        boolean valid() {
            return problem == null;
        }

        static Parsed malformed(String problem) {
            return new Parsed(false, List.of(), "", problem);
        }
    }

    private final Function<String, Optional<RuleDescriptor>> findRule;
    private String text;
    private int position;

    /** @param findRule the rule with an ID or name, as {@link RuleRegistry#find} */
    SuppressionSyntax(Function<String, Optional<RuleDescriptor>> findRule) {
        this.findRule = findRule;
    }

    /** Reads {@code comment} (starting with {@code --}); empty when it is no suppression comment. */
    Optional<Parsed> parse(String comment) {
        text = comment;
        position = 0;
        while (position < text.length() && text.charAt(position) == '-') {
            position++;
        }
        skipBlanks();
        if (!text.startsWith(MARKER, position)) {
            return Optional.empty();
        }
        position += MARKER.length();
        boolean wholeFile = text.startsWith(FILE_SUFFIX, position);
        if (wholeFile) {
            position += FILE_SUFFIX.length();
        }
        String directive = wholeFile ? MARKER + FILE_SUFFIX : MARKER;
        if (position < text.length() && !Character.isWhitespace(text.charAt(position)) && text.charAt(position) != ':') {
            return Optional.of(Parsed.malformed("'" + directive + wordAt(position)
                    + "' is not a suppression; write '-- evtlint-ignore RULE [reason]' or '-- evtlint-ignore-file RULE'"));
        }
        skipBlanks();
        if (position < text.length() && text.charAt(position) == ':') {
            position++;
            skipBlanks();
        }
        return Optional.of(rules(directive, wholeFile));
    }

    private Parsed rules(String directive, boolean wholeFile) {
        List<RuleDescriptor> rules = new ArrayList<>();
        while (true) {
            // A rule starts with a letter or digit: "-- reason" right after the marker names none.
            String key = position < text.length() && Character.isLetterOrDigit(text.charAt(position)) ? wordAt(position) : "";
            if (key.isEmpty()) {
                return Parsed.malformed(rules.isEmpty()
                        ? directive + " names no rule; write '-- " + directive + " EVT101[, EVT102] [reason]'"
                        : directive + " has a ',' that no rule follows");
            }
            Optional<RuleDescriptor> rule = findRule.apply(key);
            if (rule.isEmpty()) {
                return Parsed.malformed(directive + " names an unknown rule '" + key + "'; 'evtlint rules' lists them");
            }
            rules.add(rule.get());
            position += key.length();
            skipBlanks();
            if (position >= text.length() || text.charAt(position) != ',') {
                break;
            }
            position++;
            skipBlanks();
        }
        return new Parsed(wholeFile, rules, reason(text.substring(position)), null);
    }

    /** The reason may be set off with ':' or '--', as in ESLint's {@code -- reason}. */
    private static String reason(String rest) {
        String reason = rest.strip();
        if (reason.startsWith("--")) {
            reason = reason.substring(2).strip();
        } else if (reason.startsWith(":")) {
            reason = reason.substring(1).strip();
        }
        return reason;
    }

    /** The rule ID or name that starts at {@code from}: letters, digits, '-' and '_'. */
    private String wordAt(int from) {
        int end = from;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-'
                || text.charAt(end) == '_')) {
            end++;
        }
        return text.substring(from, end);
    }

    private void skipBlanks() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
