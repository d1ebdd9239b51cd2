package dev.evtlint.cli;

/** The output formats of {@code evtlint parse}. */
enum ParseFormat {
    TEXT, TSV
}
