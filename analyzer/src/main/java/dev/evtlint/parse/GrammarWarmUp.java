package dev.evtlint.parse;

import dev.evtlint.grammar.PlPgSqlParser;
import dev.evtlint.grammar.PostgreSqlParser;
import java.lang.invoke.MethodHandles;

/**
 * Initialises the grammars' parser classes, and the scanner's tables read from them, on a
 * background thread (the generated lexers are not used at run time: SqlScanner is), then loads the
 * shipped prediction DFAs ({@link ShippedPrediction}). The parsers' static
 * initialisers deserialise ANTLR's ATNs, about 0.15 s of CPU time in a fresh JVM; started when the
 * process starts, that overlaps with parsing the command line and finding and reading the files
 * on a second core. The JVM initialises a class once: a parser needed before the background
 * thread is done with it waits for it rather than repeating the work, and so does one made while
 * the DFAs are loading.
 */
public final class GrammarWarmUp {
    /** The SQL parser first: its ATN is by far the largest. */
    private static final Class<?>[] GRAMMARS = {
        PostgreSqlParser.class, PlPgSqlParser.class, ScannerVocabulary.class,
    };

    private GrammarWarmUp() {
    }

    public static void start() {
        Thread thread = new Thread(GrammarWarmUp::initialiseAll, "evtlint-grammar-warm-up");
        // Never keeps the process alive: a command that parses nothing does not wait for it.
        thread.setDaemon(true);
        thread.start();
    }

    private static void initialiseAll() {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (Class<?> grammar : GRAMMARS) {
            try {
                lookup.ensureInitialized(grammar);
            } catch (IllegalAccessException e) {
                // Cannot happen for classes of this package or public ones; the parse then initialises them itself.
                return;
            }
        }
        ShippedPrediction.installOnce();
    }
}
