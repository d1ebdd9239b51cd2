package dev.evtlint.parse;

import java.util.IdentityHashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer DFA keeps no edge for end of input, so the last token of every piece lexed (each
 * statement, expression and body: tens of thousands per script corpus) recomputes its ATN
 * configurations at EOF. This simulator remembers the EOF target of each DFA state for the
 * lexer's lifetime. The map holds at most one entry per state of the lexer's DFA, which is finite
 * for a grammar, and it belongs to one lexer, so to one thread.
 */
final class EofMemoLexerSimulator extends LexerATNSimulator {
    private final Map<DFAState, DFAState> eofTargets = new IdentityHashMap<>();

    EofMemoLexerSimulator(Lexer lexer, LexerATNSimulator shared) {
        super(lexer, lexer.getATN(), shared.decisionToDFA, shared.getSharedContextCache());
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        return t == IntStream.EOF ? eofTargets.get(s) : super.getExistingTargetState(s, t);
    }

    @Override
    protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
        DFAState target = super.computeTargetState(input, s, t);
        if (t == IntStream.EOF) {
            eofTargets.put(s, target);
        }
        return target;
    }
}
