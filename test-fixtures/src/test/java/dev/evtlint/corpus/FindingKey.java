package dev.evtlint.corpus;

import java.util.Comparator;

/** Where a finding is and which rule made it: what a judgement names and a finding must match. */
record FindingKey(String project, String file, int line, int column, String rule) implements Comparable<FindingKey> {
    private static final Comparator<FindingKey> ORDER = Comparator.comparing(FindingKey::project)
            .thenComparing(FindingKey::file).thenComparingInt(FindingKey::line).thenComparingInt(FindingKey::column)
            .thenComparing(FindingKey::rule);

    @Override
    public int compareTo(FindingKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return project + "/" + file + ":" + line + ":" + column + " " + rule;
    }
}
