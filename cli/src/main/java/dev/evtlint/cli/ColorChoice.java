package dev.evtlint.cli;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.function.UnaryOperator;

/**
 * Whether reports on standard output get colour: on a terminal only, unless the environment
 * says otherwise as other tools read it. {@code NO_COLOR} (no-color.org) set to anything turns it
 * off; {@code FORCE_COLOR} (force-color.org) or {@code CLICOLOR_FORCE} set to anything but
 * {@code 0} or {@code false} turns it on where no terminal is (a CI log that shows colours);
 * {@code NO_COLOR} wins over both.
 */
enum ColorChoice {
    /** Colour when standard output is a terminal. */
    AUTO,
    NEVER,
    ALWAYS;

    /** The choice the variables of {@code environment} (as {@link System#getenv(String)}) make. */
    static ColorChoice of(UnaryOperator<String> environment) {
        if (isSet(environment.apply("NO_COLOR"))) {
            return NEVER;
        }
        return isOn(environment.apply("FORCE_COLOR")) || isOn(environment.apply("CLICOLOR_FORCE")) ? ALWAYS : AUTO;
    }

    boolean color(boolean terminal) {
        return this == ALWAYS || this == AUTO && terminal;
    }

    /**
     * Whether standard input and output are a terminal. Before Java 22 the JVM has a console exactly
     * then; from Java 22 on it has one on a pipe too, and {@code Console.isTerminal()} (a method
     * Java 17 lacks, hence reflection) tells.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        Method isTerminal;
        try {
            isTerminal = Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        }
        try {
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            // No answer: no colour codes and no progress line is the choice that never garbles a log.
            return false;
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }

    private static boolean isOn(String value) {
        return isSet(value) && !value.equals("0") && !value.equalsIgnoreCase("false");
    }
}
