package dev.evtlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("a.sql", "x\n", "x\n"));
    }

    @Test
    void aChangedLineComesWithThreeLinesOfContextEachSide() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        assertEquals("--- a.sql\n+++ a.sql\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
                UnifiedDiff.of("a.sql", before, before.replace("5\n", "five\n")));
    }

    @Test
    void anInsertedLineOnItsOwnAndDistantChangesInHunksOfTheirOwn() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        String after = "top\n" + before.replace("j\n", "J\n");
        assertEquals("--- a.sql\n+++ a.sql\n@@ -1,3 +1,4 @@\n+top\n a\n b\n c\n@@ -7,4 +8,4 @@\n g\n h\n i\n-j\n+J\n",
                UnifiedDiff.of("a.sql", before, after));
        assertEquals("--- a.sql\n+++ a.sql\n@@ -0,0 +1,1 @@\n+x\n", UnifiedDiff.of("a.sql", "", "x\n"));
    }

    @Test
    void aLastLineWithoutLineEndIsMarkedAndCarriageReturnsStay() {
        assertEquals("--- a.sql\n+++ a.sql\n@@ -1,2 +1,2 @@\n-a\r\n+A\r\n b\n\\ No newline at end of file\n",
                UnifiedDiff.of("a.sql", "a\r\nb", "A\r\nb"));
        assertEquals("--- a.sql\n+++ a.sql\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+a\n",
                UnifiedDiff.of("a.sql", "a", "a\n"));
    }
}
