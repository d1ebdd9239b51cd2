package dev.evtlint.rule;

import java.util.List;

/**
 * A change that resolves one finding: {@code title} says what it does (an editor's quick-fix
 * menu shows it), {@code edits} do it, none overlapping; {@code applicability} says whether
 * {@code evtlint check --fix} may make it without a person deciding.
 */
public record Fix(String title, List<TextEdit> edits, Applicability applicability) {

    /**
     * Whether a fix keeps what the script means (as ruff's fix safety): only a safe one is made
     * by {@code --fix}, an unsafe one also by {@code --unsafe-fixes}, one for display never.
     */
    public enum Applicability {
        /** Does what the finding's help asks and nothing else the script could depend on. */
        SAFE,
        /** Resolves the finding, but may change what the script does in a way a person should review. */
        UNSAFE,
        /** Needs something only a person can supply (a suppression's reason): offered in editors only. */
        DISPLAY_ONLY;

        /** Whether a run that makes fixes up to {@code allowed} makes this one. */
        public boolean within(Applicability allowed) {
            return this != DISPLAY_ONLY && compareTo(allowed) <= 0;
        }
    }

    public Fix {
        edits = List.copyOf(edits);
    }
}
