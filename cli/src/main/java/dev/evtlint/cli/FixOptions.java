package dev.evtlint.cli;

import dev.evtlint.pipeline.FixOutcome;
import dev.evtlint.pipeline.FixedScriptWriter;
import dev.evtlint.report.Printable;
import dev.evtlint.report.UnifiedDiff;
import dev.evtlint.rule.Fix;
import java.io.PrintStream;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of {@code check} that make the rules' fixes, as ruff's do: {@code --fix} writes the
 * safe ones, {@code --unsafe-fixes} adds the unsafe ones, {@code --diff} shows them as a diff
 * instead. A script read from standard input is never written: with {@code --fix} its fixed text
 * goes to standard output (and the report to standard error), as ruff does.
 */
final class FixOptions {
    @Option(names = "--fix",
            description = "Make the fixes that are safe without a person's choice, writing each changed file in place "
                    + "(atomically, in its own encoding and line endings; not through a symbolic link, nor over a "
                    + "file changed since it was read), then report what is left. With PATH '-' the fixed script "
                    + "goes to standard output and the report to standard error.")
    private boolean fix;

    @Option(names = "--unsafe-fixes",
            description = "With --fix or --diff, make the unsafe fixes too: those that may change what a script "
                    + "does and want a review (each rule's documentation says why).")
    private boolean unsafe;

    @Option(names = {"--diff", "--fix-dry-run"},
            description = "Write nothing: print a unified diff of what --fix would change (exit 1 when there is "
                    + "something to fix, else 0).")
    private boolean diff;

    /** Whether the run makes fixes at all. */
    boolean any() {
        return fix || diff;
    }

    boolean unsafeWithoutFix() {
        return unsafe && !any();
    }

    boolean diffOnly() {
        return diff;
    }

    Fix.Applicability allowed() {
        return unsafe ? Fix.Applicability.UNSAFE : Fix.Applicability.SAFE;
    }

    /** --diff: the diff of each changed script on {@code out}, the count on {@code err}; 1 when there is one. */
    static int printDiff(FixOutcome outcome, PrintStream out, PrintStream err) {
        for (FixOutcome.FixedScript script : outcome.changed()) {
            out.print(UnifiedDiff.of(script.original().displayPath(), script.original().text(), script.text()));
        }
        err.println("evtlint: would apply " + fixes(outcome.applied()) + available(outcome));
        return outcome.changed().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /**
     * --fix: writes each changed file and tells on {@code err} how many fixes it made and which
     * files it left alone; false when it left one. Standard input's text ({@code stdin}, null when
     * not read) goes to {@code stdout}, fixed or not, so that an editor can always take it.
     */
    static boolean write(FixOutcome outcome, String stdin, PrintStream stdout, PrintStream err) {
        boolean all = true;
        String stdinText = stdin;
        for (FixOutcome.FixedScript script : outcome.changed()) {
            if (script.original().path() == null) {
                stdinText = script.text();
                continue;
            }
            Optional<String> problem = FixedScriptWriter.write(script);
            if (problem.isPresent()) {
                all = false;
                err.println(Printable.escapeLineStart(script.original().displayPath() + ": error: not fixed: " + problem.get()));
            }
        }
        if (stdinText != null) {
            stdout.print(stdinText);
        }
        err.println("evtlint: applied " + fixes(outcome.applied()) + (all ? "" : " (not all of them written)") + available(outcome));
        return all;
    }

    private static String available(FixOutcome outcome) {
        String remaining = outcome.remaining() == 0 ? "" : "; " + fixes(outcome.remaining()) + " left after "
                + "the last round (run again)";
        return remaining + (outcome.unsafe() == 0 ? "" : "; " + fixes(outcome.unsafe()) + " available with --unsafe-fixes");
    }

    private static String fixes(int count) {
        return count + (count == 1 ? " fix" : " fixes");
    }
}
