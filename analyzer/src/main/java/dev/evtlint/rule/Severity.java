package dev.evtlint.rule;

import java.util.Locale;

/** How serious a finding is; the order is from most to least serious. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lower-case name used on the command line, in text output and as SARIF level. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
