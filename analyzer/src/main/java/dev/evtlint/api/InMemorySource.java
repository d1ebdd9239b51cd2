package dev.evtlint.api;

/** A script that does not come from a file: standard input, or text an editor holds. */
public record InMemorySource(String displayPath, String text) {
}
