package dev.evtlint.cli;

import java.util.Locale;

/** The {@code --format} values. */
enum OutputFormat {
    TEXT, JSON, SARIF, GITHUB;

    /** The spelling on the command line, which picocli also shows in the help. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
