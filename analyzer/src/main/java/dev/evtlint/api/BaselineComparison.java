package dev.evtlint.api;

/**
 * How a run compares with its baseline: {@code unchanged} findings were in the baseline and are
 * no longer reported; {@code absent} baseline entries no longer occur (fixed, or moved).
 */
public record BaselineComparison(int unchanged, int absent) {
}
