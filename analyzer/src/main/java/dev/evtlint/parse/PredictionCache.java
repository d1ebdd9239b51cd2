package dev.evtlint.parse;

import java.util.Arrays;
import org.antlr.v4.runtime.atn.ParserATNSimulator;

/**
 * ANTLR's prediction DFAs, one set per grammar, shared by every parser in the process and never
 * emptied by ANTLR: each new stretch of input adds states. In a process that analyses run after run
 * (the Maven plugin in a Maven daemon, a caller of the library API) they would grow with every new
 * input; a fuzzer's random text took them to 2 GB. Between runs they are emptied once they pass a
 * bound far above what a project needs (PostgreSQL's regression scripts, 5 MB of varied SQL, make
 * about 5,000 states), and rebuilt by the runs that follow.
 */
public final class PredictionCache {
    /** About ten times the states of PostgreSQL's regression scripts. */
    public static final int MAX_STATES = 50_000;

    private PredictionCache() {
    }

    /** The DFA states of both grammars. */
    public static int states() {
        return Recognizers.sharedPrediction().stream().mapToInt(PredictionCache::states).sum();
    }

    /**
     * Empties the DFAs when they hold more than {@code maxStates} states. A parse running meanwhile
     * keeps the DFA object it started with, so it goes on unharmed; the results of later parses
     * do not depend on what the DFAs hold, only their speed does.
     */
    public static void trim(int maxStates) {
        if (states() > maxStates) {
            Recognizers.sharedPrediction().forEach(ParserATNSimulator::clearDFA);
        }
    }

    private static int states(ParserATNSimulator prediction) {
        return Arrays.stream(prediction.decisionToDFA).mapToInt(dfa -> dfa.states.size()).sum();
    }
}
