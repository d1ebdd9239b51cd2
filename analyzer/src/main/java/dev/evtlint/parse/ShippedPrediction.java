package dev.evtlint.parse;

import java.io.IOException;
import java.io.InputStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;

/**
 * The prediction DFAs shipped in the jar ({@link PredictionDfaTraining} builds them at build time
 * from the project's own scripts), loaded once per process into the DFAs that every parser of a
 * grammar shares. ANTLR builds those lazily from the ATN, so without them every process predicts
 * its first statements by simulating the ATN in interpreted code; with them it starts where a
 * process stands that has parsed the fixtures, and adds to them as ANTLR would.
 *
 * <p>The parse results do not depend on what the DFAs hold, only the speed does (the parse tests
 * compare trees with and without them). A file that is missing, stale (built from another ATN or
 * ANTLR runtime) or unreadable leaves that grammar's DFAs empty.
 */
final class ShippedPrediction {
    private static boolean settled;

    private ShippedPrediction() {
    }

    /**
     * Loads the shipped DFAs the first time it is called in the process. Synchronized: a parser
     * made on another thread waits for the load and then sees every state it wrote.
     */
    static synchronized void installOnce() {
        if (!settled) {
            settled = true;
            install();
        }
    }

    /**
     * This process builds its DFAs from nothing: the build's training, which must not start from a
     * file an earlier build left among the classes.
     */
    static synchronized void forgo() {
        settled = true;
    }

    /** Replaces each grammar's shared DFAs with its shipped ones where its file loads. */
    static synchronized void install() {
        for (ParserATNSimulator prediction : Recognizers.sharedPrediction()) {
            DFA[] shipped = shipped(prediction.getParser());
            if (shipped != null) {
                System.arraycopy(shipped, 0, prediction.decisionToDFA, 0, shipped.length);
            }
        }
    }

    /** The grammar's shipped DFAs, or null when its file is missing, stale or unreadable. */
    static DFA[] shipped(Parser grammar) {
        try (InputStream in = ShippedPrediction.class.getResourceAsStream(PredictionDfaFile.resourceName(grammar))) {
            return in == null ? null : PredictionDfaReader.read(in.readAllBytes(), grammar);
        } catch (IOException | RuntimeException unreadable) {
            // Only slower: the parser builds the DFAs as it goes, as it would without the file.
            return null;
        }
    }
}
