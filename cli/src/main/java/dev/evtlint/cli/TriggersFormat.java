package dev.evtlint.cli;

/** The output formats of {@code evtlint triggers}. */
enum TriggersFormat {
    TEXT, JSON
}
