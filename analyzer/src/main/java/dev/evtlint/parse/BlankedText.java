package dev.evtlint.parse;

/**
 * The text the SQL grammar reads: the script with what is not SQL (psql meta-commands, COPY data,
 * changesets for another database) blanked and psql variables replaced, each edit the length of
 * what it replaces, so that every offset and line of the original stays where it was. The copy is
 * made on the first edit; most scripts need none.
 */
final class BlankedText {
    private final String original;
    private char[] edited;

    BlankedText(String original) {
        this.original = original;
    }

    /** Spaces in place of [start, end), line breaks kept, so that lines stay where they were. */
    void blank(int start, int end) {
        char[] chars = chars();
        for (int i = start; i < end; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
    }

    /** {@code replacement}, padded with spaces, in place of [start, end). */
    void replace(int start, int end, String replacement) {
        char[] chars = chars();
        for (int i = start; i < end; i++) {
            int k = i - start;
            chars[i] = k < replacement.length() ? replacement.charAt(k) : ' ';
        }
    }

    @Override
    public String toString() {
        return edited == null ? original : new String(edited);
    }

    private char[] chars() {
        if (edited == null) {
            edited = original.toCharArray();
        }
        return edited;
    }
}
