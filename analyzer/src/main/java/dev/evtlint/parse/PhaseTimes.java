package dev.evtlint.parse;

/**
 * Where the time of reading scripts goes, for the benchmarks: each phase's time excludes the
 * phases nested in it, so a PL/pgSQL body lexed and parsed while its statement's AST is built counts
 * as lexing and parsing, not as building. One instance belongs to one thread. {@link #NONE}, what a
 * normal run uses, reads no clock.
 */
public final class PhaseTimes {

    /**
     * The phases of {@link ScriptParser}: split into statements, lex (with either lexer), parse to
     * trees with the SQL grammar (statements, and the SQL and expressions inside PL/pgSQL bodies) and
     * with the PL/pgSQL grammar (bodies), build ASTs.
     */
    public enum Phase { SPLIT, LEX, PARSE_SQL, PARSE_PLPGSQL, BUILD }

    static final PhaseTimes NONE = new PhaseTimes(false);

    private final boolean enabled;
    private final long[] nanos = new long[Phase.values().length];
    private Phase current;
    private long since;

    private PhaseTimes(boolean enabled) {
        this.enabled = enabled;
    }

    /** A clock that keeps time from now on. */
    public static PhaseTimes started() {
        return new PhaseTimes(true);
    }

    /** Nanoseconds spent in a phase so far. */
    public long nanos(Phase phase) {
        return nanos[phase.ordinal()];
    }

    /**
     * Charges the time since the last switch to the current phase and makes {@code next} current
     * (null: none); returns the phase that was current, for the caller to switch back to.
     */
    Phase switchTo(Phase next) {
        if (!enabled) {
            return null;
        }
        long now = System.nanoTime();
        if (current != null) {
            nanos[current.ordinal()] += now - since;
        }
        Phase previous = current;
        current = next;
        since = now;
        return previous;
    }
}
