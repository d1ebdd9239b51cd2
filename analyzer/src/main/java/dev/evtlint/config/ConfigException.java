package dev.evtlint.config;

import dev.evtlint.report.Printable;

/**
 * A mistake in a configuration or baseline file, told in one line as compilers do:
 * {@code evtlint.toml:3:10: unknown key 'selct'}. Callers show the message and stop (exit code 2
 * on the command line, a MojoExecutionException in Maven); there is no stack trace to show. The
 * message is one line whatever the file's name holds.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String file, int line, int column, String message) {
        super(Printable.escape(file + ":" + line + ":" + column + ": " + message));
    }

    /** A problem with the file as a whole, such as one that cannot be read. */
    public ConfigException(String file, String message) {
        super(Printable.escape(file + ": " + message));
    }
}
