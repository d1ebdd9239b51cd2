package dev.evtlint.api;

/**
 * A problem of the tool rather than of the scripts: a file that cannot be read or decoded, or an
 * internal error while analysing one. {@code path} is the display path, or empty for the run.
 * {@code internalError} marks failures of evtlint itself (exit code 3).
 */
public record ToolNotification(String path, String message, boolean internalError) {

    /** A failure of evtlint itself while working on {@code path}. */
    public static ToolNotification internalError(String path, Throwable e) {
        return new ToolNotification(path, "internal error: " + e, true);
    }
}
