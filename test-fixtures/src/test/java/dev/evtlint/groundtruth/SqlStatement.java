package dev.evtlint.groundtruth;

/** One statement of a fixture as evtlint splits it: its file (display path), its place, its text. */
record SqlStatement(String file, int startLine, int startOffset, int endOffset, String sql) {

    boolean contains(String otherFile, int offset) {
        return file.equals(otherFile) && startOffset <= offset && offset < endOffset;
    }

    String where() {
        return file + ":" + startLine;
    }
}
