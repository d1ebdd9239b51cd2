package dev.evtlint.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.evtlint.report.ReportFormat;
import org.junit.jupiter.api.Test;

class SpellingTest {

    @Test
    void valuesAreReadInAnyCase() {
        assertEquals(FailOn.WARNING, FailOn.parse(" Warning"));
        assertEquals(ReportFormat.SARIF, ReportFormat.parse("SARIF"));
    }

    @Test
    void anUnknownValueNamesTheValuesThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FailOn.parse("errors"));
        assertEquals("'errors' is not one of error, warning, note, never", e.getMessage());
    }
}
