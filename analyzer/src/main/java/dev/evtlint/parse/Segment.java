package dev.evtlint.parse;

/**
 * A stretch of a script's text, {@code [start, end)}: a statement, from its first significant
 * character to just before its {@code ;}, or a bare psql variable, from its colon to its name's end.
 */
record Segment(int start, int end) {
}
