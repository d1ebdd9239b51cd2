package dev.evtlint.rule;

import dev.evtlint.ast.SourceRange;
import java.util.List;

/**
 * A change that resolves one finding: {@code title} says what it does (an editor's quick-fix
 * menu shows it), {@code edits} do it, none overlapping; {@code applicability} says whether
 * {@code evtlint check --fix} may make it without a person deciding. {@code isolation}, as ruff's
 * isolation level: text of the first edit's file that the fix is right only for as it now stands
 * (the other values of a list that must stay distinct, the name a DROP repeats), so that no other
 * fix that changes or depends on text touching it is made in the same round of {@code --fix};
 * null when only its own edits matter.
 */
public record Fix(String title, List<TextEdit> edits, Applicability applicability, SourceRange isolation) {

    /** A fix whose rightness depends on no text but what its edits replace. */
    public Fix(String title, List<TextEdit> edits, Applicability applicability) {
        this(title, edits, applicability, null);
    }

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
