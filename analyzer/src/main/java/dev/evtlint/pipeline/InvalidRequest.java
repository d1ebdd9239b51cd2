package dev.evtlint.pipeline;

/**
 * A setting of the front end (an option, a parameter) that names no rule or is no glob: the
 * user's mistake, told in one line ({@code unknown rule 'EVT9'; 'evtlint rules' lists them}).
 */
public final class InvalidRequest extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidRequest(String message) {
        super(message);
    }
}
