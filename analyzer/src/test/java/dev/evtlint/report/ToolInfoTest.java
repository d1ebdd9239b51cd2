package dev.evtlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ToolInfoTest {
    @Test
    void aReleaseLinksItsOwnTagAndASnapshotTheMainBranch() {
        assertEquals("https://example.org/x/blob/v1.2.0/docs/rules/EVT101.md",
                ToolInfo.repositoryFile("https://example.org/x", "1.2.0", "docs/rules/EVT101.md"));
        assertEquals("https://example.org/x/blob/main/docs/rules/EVT101.md",
                ToolInfo.repositoryFile("https://example.org/x", "1.3.0-SNAPSHOT", "docs/rules/EVT101.md"));
    }

    @Test
    void theHomeIsFilledInByTheBuildAsAnAbsoluteAddress() {
        assertTrue(ToolInfo.home().startsWith("https://"), ToolInfo.home());
        assertFalse(ToolInfo.home().endsWith("/"), "paths are appended after a slash");
    }
}
