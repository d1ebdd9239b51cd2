package dev.evtlint.corpus;

/** A finding evtlint reports on a corpus project, with its message for a readable difference. */
record CorpusFinding(FindingKey key, String message) {
}
