package dev.evtlint.parse;

import java.util.HashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer DFA keeps edges for the characters 0 to 127 only: at end of input and at any other
 * character it recomputes the ATN configurations of the state. The last token of every piece
 * lexed (each statement, expression and body) meets end of input, and a character such as 'é'
 * at the start of a token walks the configurations of every lexer rule. This simulator remembers
 * those edges for the lexer's lifetime (a file), at most {@link #CAPACITY} of them; it belongs to
 * one lexer, so to one thread.
 */
final class EdgeMemoLexerSimulator extends LexerATNSimulator {
    /** Far more than a file's scripts need; past it the memo starts again rather than grow. */
    private static final int CAPACITY = 4096;

    private final Map<Edge, DFAState> edges = new HashMap<>();

    EdgeMemoLexerSimulator(Lexer lexer, LexerATNSimulator shared) {
        super(lexer, lexer.getATN(), shared.decisionToDFA, shared.getSharedContextCache());
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        return isKeptByDfa(t) ? super.getExistingTargetState(s, t) : edges.get(new Edge(s, t));
    }

    @Override
    protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
        DFAState target = super.computeTargetState(input, s, t);
        if (!isKeptByDfa(t)) {
            if (edges.size() >= CAPACITY) {
                edges.clear();
            }
            edges.put(new Edge(s, t), target);
        }
        return target;
    }

    private static boolean isKeptByDfa(int t) {
        return t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE;
    }

    /** A DFA state (by identity: DFAState.equals compares configuration sets) and a character. */
    private record Edge(DFAState from, int symbol) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Edge edge && edge.from == from && edge.symbol == symbol;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(from) * 31 + symbol;
        }
    }
}
