package dev.evtlint.groundtruth;

/**
 * One statement of a fixture as evtlint splits it: its file (display path), its place, its command
 * tag, its text, and the error the fixture says it fails with on a real server ({@code -- fails:
 * <error>} at the end of its first line or on the line before it), or null.
 */
record SqlStatement(String file, int startLine, int startOffset, int endOffset, String tag, String sql, String expectedError) {

    /** A command the harness runs itself, outside the fixture's script. */
    static SqlStatement command(String sql) {
        return new SqlStatement("verify", 0, 0, 0, "", sql, null);
    }

    /** Whether {@code error} is the one the fixture says this statement fails with. */
    boolean failsAsExpected(String error) {
        return expectedError != null && error != null && error.contains(expectedError);
    }

    boolean contains(String otherFile, int offset) {
        return file.equals(otherFile) && startOffset <= offset && offset < endOffset;
    }

    String where() {
        return file + ":" + startLine;
    }
}
