package dev.evtlint.rule;

import java.util.List;

/**
 * A change that resolves one finding: {@code title} says what it does (an editor's quick-fix
 * menu shows it), {@code edits} do it, none overlapping.
 */
public record Fix(String title, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }
}
