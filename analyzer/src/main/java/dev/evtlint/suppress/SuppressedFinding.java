package dev.evtlint.suppress;

import dev.evtlint.rule.Finding;

/**
 * A finding that a suppression comment silenced. Text, JSON and annotations leave it out; SARIF
 * keeps it with an in-source suppression whose justification is the comment's reason.
 */
public record SuppressedFinding(Finding finding, String justification) {
}
