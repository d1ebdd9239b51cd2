package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.SyntaxError;
import java.util.List;

/** The fuzz tests' position invariant: every range lies inside the input and agrees with its offsets. */
final class RangeAssertions {

    private RangeAssertions() {
    }

    static void assertInside(SourceFile file, SourceRange range) {
        int length = file.text().length();
        assertTrue(0 <= range.startOffset() && range.startOffset() <= range.endOffset() && range.endOffset() <= length,
                () -> range + " lies outside the input of " + length + " characters");
        // Lines and columns must say the same as the offsets, or reports point elsewhere.
        assertEquals(file.range(range.startOffset(), range.endOffset()), range);
    }

    static void assertInside(SourceFile file, Node root) {
        root.accept(node -> {
            assertInside(file, node.range());
            return true;
        });
    }

    static void assertInside(SourceFile file, List<SyntaxError> errors) {
        for (SyntaxError error : errors) {
            assertInside(file, error.range());
        }
    }
}
