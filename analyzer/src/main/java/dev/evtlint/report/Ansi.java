package dev.evtlint.report;

import dev.evtlint.rule.Severity;

/**
 * Terminal styling. {@link #OFF} returns text unchanged, so the text reporter formats once and
 * never branches on colour.
 */
enum Ansi {
    ON, OFF;

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[1;33m";
    private static final String CYAN = "\u001b[1;36m";
    private static final String GREEN = "\u001b[1;32m";

    String bold(String text) {
        return style(BOLD, text);
    }

    /** For labels such as {@code help} and {@code note}. */
    String label(String text) {
        return style(CYAN, text);
    }

    /** For the caret line under the source. */
    String marker(String text) {
        return style(GREEN, text);
    }

    String severity(Severity severity, String text) {
        switch (severity) {
            case ERROR:
                return style(RED, text);
            case WARNING:
                return style(YELLOW, text);
            default:
                return style(CYAN, text);
        }
    }

    private String style(String code, String text) {
        return this == ON ? code + text + RESET : text;
    }
}
