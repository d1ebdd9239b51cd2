package dev.evtlint.source;

import java.util.regex.Pattern;

/**
 * One line of a {@code .gitignore} file, read as git reads it (gitignore(5)): a comment or blank
 * line is no pattern; {@code !} negates; a trailing {@code /} matches directories only; a slash at
 * the start or in the middle anchors the pattern to the file's folder, else it matches a name at
 * any depth; {@code *}, {@code ?} and {@code [...]} never match {@code /}; {@code **} spans folders
 * in {@code **}{@code /x}, {@code x/**} and {@code x/**}{@code /y}; a backslash quotes the next character.
 */
record GitIgnorePattern(Pattern regex, boolean negated, boolean directoryOnly, boolean anchored) {

    /** The pattern of one line, or null for a blank line or a comment. */
    static GitIgnorePattern parse(String line) {
        String text = withoutTrailingSpaces(line);
        if (text.isEmpty() || text.startsWith("#")) {
            return null;
        }
        boolean negated = text.startsWith("!");
        if (negated) {
            text = text.substring(1);
        }
        boolean directoryOnly = text.endsWith("/") && !text.endsWith("\\/");
        if (directoryOnly) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            return null;
        }
        boolean anchored = text.indexOf('/') >= 0;
        if (text.startsWith("/")) {
            text = text.substring(1);
        }
        return new GitIgnorePattern(Pattern.compile(regex(text)), negated, directoryOnly, anchored);
    }

    /**
     * Whether the pattern matches an entry at {@code relativePath} ('/' separators, relative to
     * the folder of the {@code .gitignore} file).
     */
    boolean matches(String relativePath, boolean directory) {
        if (directoryOnly && !directory) {
            return false;
        }
        String subject = anchored ? relativePath : relativePath.substring(relativePath.lastIndexOf('/') + 1);
        return regex.matcher(subject).matches();
    }

    /** Trailing spaces end a pattern unless a backslash quotes them. */
    private static String withoutTrailingSpaces(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ' && !(end > 1 && line.charAt(end - 2) == '\\')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*' && glob.startsWith("**", i) && isWholeSegment(glob, i)) {
                boolean last = i + 2 == glob.length();
                // "**/" at the start or "/**/" in the middle: zero or more folders; "/**" at the end: everything inside.
                regex.append(last ? ".*" : "(?:.*/)?");
                i += last ? 2 : 3;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else if (c == '[' && glob.indexOf(']', i + 2) > 0) {
                int end = glob.indexOf(']', i + 2);
                regex.append(bracket(glob.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '\\' && i + 1 < glob.length()) {
                regex.append(Pattern.quote(String.valueOf(glob.charAt(i + 1))));
                i += 2;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }

    /** Whether the {@code **} at {@code i} is a whole path segment: only then does it span folders. */
    private static boolean isWholeSegment(String glob, int i) {
        boolean startsSegment = i == 0 || glob.charAt(i - 1) == '/';
        boolean endsSegment = i + 2 == glob.length() || glob.charAt(i + 2) == '/';
        return startsSegment && endsSegment;
    }

    /** A bracket expression: {@code [!a-z]} or {@code [^a-z]} negates; it never matches '/'. */
    private static String bracket(String inside) {
        boolean negated = inside.startsWith("!") || inside.startsWith("^");
        StringBuilder members = new StringBuilder();
        for (char c : (negated ? inside.substring(1) : inside).toCharArray()) {
            // Characters that mean something inside a Java character class are taken literally, as git does.
            members.append("\\[]^&".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c));
        }
        return negated ? "[^/" + members + "]" : "[" + members + "&&[^/]]";
    }
}
