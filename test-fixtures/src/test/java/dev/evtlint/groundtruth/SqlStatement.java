package dev.evtlint.groundtruth;

/** One statement of a fixture as evtlint splits it: its file (display path), its place, its command tag, its text. */
record SqlStatement(String file, int startLine, int startOffset, int endOffset, String tag, String sql) {

    /** A command the harness runs itself, outside the fixture's script. */
    static SqlStatement command(String sql) {
        return new SqlStatement("verify", 0, 0, 0, "", sql);
    }

    boolean contains(String otherFile, int offset) {
        return file.equals(otherFile) && startOffset <= offset && offset < endOffset;
    }

    String where() {
        return file + ":" + startLine;
    }
}
