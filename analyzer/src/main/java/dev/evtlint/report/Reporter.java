package dev.evtlint.report;

import dev.evtlint.api.AnalysisResult;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the outcome of a run in one output format. */
public interface Reporter {

    /**
     * Writes the whole report to {@code out}, encoded as UTF-8, and flushes it. The stream stays
     * open: it may be standard output.
     */
    void write(AnalysisResult result, OutputStream out) throws IOException;
}
