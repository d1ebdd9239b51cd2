package dev.evtlint.pipeline;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.FailOn;

/**
 * What a check found: {@code complete} holds every finding (what a new baseline records);
 * {@code reported} only those the baseline does not hold, the same as {@code complete} without a
 * baseline. {@code failOn} is the resolved threshold.
 */
public record CheckOutcome(AnalysisResult complete, AnalysisResult reported, FailOn failOn) {
}
