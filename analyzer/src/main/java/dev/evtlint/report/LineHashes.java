package dev.evtlint.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub's {@code primaryLocationLineHash} for every line of a text: a port of codeql-action's
 * {@code hash()} in {@code src/fingerprints.ts}, which upload-sarif runs when a result has no
 * fingerprint. It must match that code bit for bit, or GitHub keeps our value and yet treats
 * the same alert as new on every upload; {@code LineHashesTest} holds codeql-action's vectors.
 *
 * <p>The hash of a line is a rolling polynomial hash (multiplier 37, wrapping at 64 bits) of
 * the next 100 UTF-16 code units from the start of the line, skipping spaces and tabs, with
 * CR LF and CR read as LF; the end of the text adds 65535 and then zeros. The value is the
 * unsigned hash in hex, a colon, and how often that hash has occurred so far in the text.
 */
final class LineHashes {
    private static final int BLOCK_SIZE = 100;
    private static final long MOD = 37;
    /** MOD to the power BLOCK_SIZE: the weight of the code unit that leaves the window. */
    private static final long FIRST_MOD = power(MOD, BLOCK_SIZE);
    private static final int EOF = 65535;
    private static final int NO_LINE = -1;

    private final int[] window = new int[BLOCK_SIZE];
    /** The line that starts at each window position, or NO_LINE. */
    private final int[] lineNumbers = new int[BLOCK_SIZE];
    private final Map<Long, Integer> occurrences = new HashMap<>();
    private final List<String> hashes = new ArrayList<>();
    private long hash;
    private int index;
    private int lineNumber;
    private boolean lineStart = true;
    private boolean previousWasCr;

    private LineHashes() {
        Arrays.fill(lineNumbers, NO_LINE);
    }

    /** The hash of each line: element 0 is line 1. A text ending in a line break has an empty last line. */
    static List<String> of(CharSequence text) {
        LineHashes hasher = new LineHashes();
        for (int i = 0; i < text.length(); i++) {
            hasher.process(text.charAt(i));
        }
        hasher.process(EOF);
        for (int i = 0; i < BLOCK_SIZE; i++) {
            hasher.emitIfLineStart();
            hasher.update(0);
        }
        return hasher.hashes;
    }

    private void process(int unit) {
        int current = unit;
        if (current == ' ' || current == '\t' || (previousWasCr && current == '\n')) {
            previousWasCr = false;
            return;
        }
        previousWasCr = current == '\r';
        if (previousWasCr) {
            current = '\n';
        }
        emitIfLineStart();
        if (lineStart) {
            lineStart = false;
            lineNumber++;
            lineNumbers[index] = lineNumber;
        }
        if (current == '\n') {
            lineStart = true;
        }
        update(current);
    }

    /** A full window has passed since a line started here: its hash is complete. */
    private void emitIfLineStart() {
        if (lineNumbers[index] == NO_LINE) {
            return;
        }
        int count = occurrences.merge(hash, 1, Integer::sum);
        // Lines complete in order, so the list index is the line number minus one.
        hashes.add(Long.toHexString(hash) + ":" + count);
        lineNumbers[index] = NO_LINE;
    }

    private void update(int current) {
        int leaving = window[index];
        window[index] = current;
        hash = MOD * hash + current - FIRST_MOD * leaving;
        index = (index + 1) % BLOCK_SIZE;
    }

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
