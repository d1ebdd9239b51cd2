package dev.evtlint.parse;

import java.util.BitSet;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.ArrayPredictionContext;
import org.antlr.v4.runtime.atn.EmptyPredictionContext;
import org.antlr.v4.runtime.atn.PredictionContext;
import org.antlr.v4.runtime.atn.SemanticContext;
import org.antlr.v4.runtime.atn.SingletonPredictionContext;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * Reads a file of {@link PredictionDfaFile}'s format back into DFAs equal to those it was written
 * from: the same states with the same numbers, configurations, predictions and edges, ready for
 * ANTLR to add to as if it had built them in this process.
 */
final class PredictionDfaReader {
    private final byte[] in;
    private final ATN atn;
    private int position;
    private PredictionContext[] contexts;
    private SemanticContext[] semantics;

    private PredictionDfaReader(byte[] in, ATN atn) {
        this.in = in;
        this.atn = atn;
    }

    /**
     * The DFAs of {@code grammar}, one per decision (empty for the decisions the file has no states
     * of), or null when the file was not built from this grammar's ATN with this ANTLR runtime and
     * format: a stale file is never loaded.
     */
    static DFA[] read(byte[] file, Parser grammar) {
        return new PredictionDfaReader(file, grammar.getATN()).dfas(grammar);
    }

    private DFA[] dfas(Parser grammar) {
        if (in.length < 4 || readInt() != PredictionDfaFile.MAGIC || readUnsigned() != PredictionDfaFile.FORMAT_VERSION
                || readLong() != PredictionDfaFile.fingerprint(grammar)) {
            return null;
        }
        readContexts();
        readSemantics();
        DFA[] dfas = new DFA[atn.getNumberOfDecisions()];
        for (int i = 0; i < dfas.length; i++) {
            dfas[i] = new DFA(atn.getDecisionState(i), i);
        }
        for (int count = readUnsigned(); count > 0; count--) {
            readDfa(dfas[readUnsigned()]);
        }
        if (position != in.length) {
            throw new IllegalStateException("prediction DFA file: " + (in.length - position) + " bytes after its end");
        }
        return dfas;
    }

    private void readContexts() {
        contexts = new PredictionContext[readUnsigned()];
        for (int i = 0; i < contexts.length; i++) {
            int kind = readUnsigned();
            contexts[i] = switch (kind) {
                case PredictionDfaFile.CONTEXT_EMPTY -> EmptyPredictionContext.Instance;
                case PredictionDfaFile.CONTEXT_SINGLETON -> SingletonPredictionContext.create(readContext(), readInt());
                case PredictionDfaFile.CONTEXT_ARRAY -> readArrayContext();
                default -> throw new IllegalStateException("prediction DFA file: context kind " + kind);
            };
        }
    }

    private PredictionContext readArrayContext() {
        int size = readUnsigned();
        PredictionContext[] parents = new PredictionContext[size];
        int[] returnStates = new int[size];
        for (int i = 0; i < size; i++) {
            parents[i] = readContext();
            returnStates[i] = readInt();
        }
        return new ArrayPredictionContext(parents, returnStates);
    }

    private PredictionContext readContext() {
        int reference = readUnsigned();
        return reference == 0 ? null : contexts[reference - 1];
    }

    private void readSemantics() {
        semantics = new SemanticContext[readUnsigned()];
        for (int i = 0; i < semantics.length; i++) {
            int kind = readUnsigned();
            semantics[i] = switch (kind) {
                case PredictionDfaFile.SEMANTIC_PRECEDENCE -> new SemanticContext.PrecedencePredicate(readUnsigned());
                case PredictionDfaFile.SEMANTIC_PREDICATE ->
                        new SemanticContext.Predicate(readUnsigned(), readUnsigned(), readUnsigned() != 0);
                default -> throw new IllegalStateException("prediction DFA file: semantic context kind " + kind);
            };
        }
    }

    private SemanticContext readSemantic() {
        int reference = readUnsigned();
        return reference == 0 ? SemanticContext.Empty.Instance : semantics[reference - 1];
    }

    private void readDfa(DFA dfa) {
        DFAState[] states = new DFAState[readUnsigned()];
        for (int i = 0; i < states.length; i++) {
            states[i] = readState(i);
            dfa.states.put(states[i], states[i]);
        }
        for (DFAState state : states) {
            int count = readUnsigned();
            if (count > 0) {
                // The size ANTLR gives an edge array: one entry per token type and one for EOF (-1).
                state.edges = new DFAState[atn.maxTokenType + 1 + 1];
            }
            for (; count > 0; count--) {
                state.edges[readUnsigned()] = readEdgeTarget(states);
            }
        }
        if (dfa.isPrecedenceDfa()) {
            for (int count = readUnsigned(); count > 0; count--) {
                dfa.setPrecedenceStartState(readUnsigned(), readEdgeTarget(states));
            }
        } else {
            int start = readUnsigned();
            dfa.s0 = start == 0 ? null : states[start - 1];
        }
    }

    /** The state an edge leads to; 0 is ANTLR's ERROR state, compared by identity. */
    private DFAState readEdgeTarget(DFAState[] states) {
        int target = readUnsigned();
        return target == 0 ? ATNSimulator.ERROR : states[target - 1];
    }

    private DFAState readState(int number) {
        int flags = readUnsigned();
        int prediction = readUnsigned();
        int uniqueAlt = readUnsigned();
        BitSet conflicting = null;
        if ((flags & PredictionDfaFile.REQUIRES_FULL_CONTEXT) != 0) {
            conflicting = new BitSet();
            for (int count = readUnsigned(); count > 0; count--) {
                conflicting.set(readUnsigned());
            }
        }
        LoadedConfigSet configs = new LoadedConfigSet((flags & PredictionDfaFile.FULL_CONTEXT_SET) != 0, conflicting);
        for (int count = readUnsigned(); count > 0; count--) {
            ATNConfig config = new ATNConfig(atn.states.get(readUnsigned()), readUnsigned(), readContext(), readSemantic());
            config.reachesIntoOuterContext = readUnsigned();
            // Straight into the list: the set ANTLR made has no two configurations to merge.
            configs.configs.add(config);
        }
        configs.uniqueAlt = uniqueAlt;
        configs.hasSemanticContext = (flags & PredictionDfaFile.HAS_SEMANTIC_CONTEXT) != 0;
        configs.dipsIntoOuterContext = (flags & PredictionDfaFile.DIPS_INTO_OUTER_CONTEXT) != 0;
        configs.setReadonly(true);
        DFAState state = new DFAState(configs);
        state.stateNumber = number;
        state.isAcceptState = (flags & PredictionDfaFile.ACCEPT) != 0;
        state.requiresFullContext = conflicting != null;
        state.prediction = prediction;
        if ((flags & PredictionDfaFile.HAS_PREDICATES) != 0) {
            state.predicates = new DFAState.PredPrediction[readUnsigned()];
            for (int i = 0; i < state.predicates.length; i++) {
                state.predicates[i] = new DFAState.PredPrediction(readSemantic(), readUnsigned());
            }
        }
        return state;
    }

    /** ANTLR keeps the conflicting alternatives in a field that only a subclass can set. */
    private static final class LoadedConfigSet extends ATNConfigSet {
        LoadedConfigSet(boolean fullCtx, BitSet conflictingAlts) {
            super(fullCtx);
            this.conflictingAlts = conflictingAlts;
        }
    }

    private int readUnsigned() {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            byte next = in[position++];
            value |= (next & 0x7f) << shift;
            if (next >= 0) {
                return value;
            }
        }
    }

    private int readInt() {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = value << 8 | in[position++] & 0xff;
        }
        return value;
    }

    private long readLong() {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }
}
