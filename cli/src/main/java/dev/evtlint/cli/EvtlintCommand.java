package dev.evtlint.cli;

import dev.evtlint.api.Evtlint;
import dev.evtlint.report.Printable;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code evtlint} command. {@link #run} is the whole program without {@code System.exit}, for
 * tests; {@link #main} calls it and exits with its code.
 */
@Command(name = "evtlint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Finds hazards in PostgreSQL scripts that define event triggers.")
public final class EvtlintCommand implements Callable<Integer> {
    /** The subcommands that read and parse scripts. */
    private static final Set<String> PARSING_COMMANDS = Set.of("check", "parse", "triggers", "lsp");
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, ParseCommand.class,
            TriggersCommand.class, RulesCommand.class, ExplainCommand.class, LspCommand.class);

    private final Environment environment;
    private final PrintStream out;
    private final PrintStream err;

    @Spec
    private CommandSpec spec;

    EvtlintCommand(Environment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        OptionalInt tuned = TunedJvm.run(args);
        if (tuned.isPresent()) {
            System.exit(tuned.getAsInt());
        }
        // A command that parses scripts has the grammars get ready on another core while picocli
        // reads the command line; --version, help, rules and explain parse nothing and would pay
        // for the warm-up in CPU time for no use.
        if (args.length > 0 && PARSING_COMMANDS.contains(args[0])) {
            Evtlint.warmUp();
        }
        System.exit(run(args, System.out, System.err));
    }

    /** Runs evtlint in the current environment and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Environment.current());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Environment environment) {
        CommandLine commandLine = new CommandLine(new EvtlintCommand(environment, out, err));
        // Before the settings below: picocli applies them to the subcommands it has at the time.
        addSubcommands(commandLine, args);
        // picocli would read an argument @FILE as a file of arguments: an undocumented door that
        // reads any file (a folder, a FIFO, /dev/zero) before evtlint's input checks see it. An
        // argument that starts with @ is a path like any other.
        commandLine.setExpandAtFiles(false)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .setParameterExceptionHandler((e, unused) -> userError(err, DidYouMean.message(e)))
                .setExecutionExceptionHandler((e, unused, parseResult) -> internalError(err, e));
        listExitCodes(commandLine);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Error e) {
            // Out of memory or stack where no limit caught it first: one line, not the JVM's trace and exit code 1.
            err.println("evtlint: internal error: " + Printable.escape(String.valueOf(e)) + " (please report this)");
            return ExitCodes.INTERNAL_ERROR;
        }
        // A PrintStream never throws: a full disk or a closed pipe shows only here, and a cut report must not pass.
        if (out.checkError()) {
            err.println("evtlint: error: cannot write standard output (a full disk or a closed pipe)");
            return ExitCodes.INTERNAL_ERROR;
        }
        return code;
    }

    /** Without a subcommand there is nothing to do. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command; try 'evtlint check PATH...' or 'evtlint --help'");
    }

    Environment environment() {
        return environment;
    }

    /** Where reports go: a byte stream, since reports are UTF-8 whatever the platform's charset. */
    PrintStream out() {
        return out;
    }

    /** Where problems with inputs are told. */
    PrintStream err() {
        return err;
    }

    /**
     * picocli reads every option of a subcommand by reflection when it is added, a third of its
     * start-up on one small file: only the subcommand the arguments name is added, all of them
     * when they name none (help, usage, a misspelt command, which picocli then suggests).
     */
    private static void addSubcommands(CommandLine commandLine, String[] args) {
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (args.length > 0 && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                commandLine.addSubcommand(subcommand);
                return;
            }
        }
        SUBCOMMANDS.forEach(commandLine::addSubcommand);
    }

    /** Every command's help ends with the exit codes (PMD does the same). */
    private static void listExitCodes(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.HELP);
        commandLine.getSubcommands().values().forEach(EvtlintCommand::listExitCodes);
    }

    /** A mistake of the user: one line, no stack trace. */
    private static int userError(PrintStream err, String message) {
        err.println("evtlint: error: " + Printable.escape(String.join(" ", message.strip().lines().toArray(String[]::new))));
        return ExitCodes.USAGE;
    }

    /** A bug: the stack trace is what a bug report needs. */
    private static int internalError(PrintStream err, Exception e) {
        err.println("evtlint: internal error: " + e + " (please report this)");
        e.printStackTrace(err);
        return ExitCodes.INTERNAL_ERROR;
    }
}
