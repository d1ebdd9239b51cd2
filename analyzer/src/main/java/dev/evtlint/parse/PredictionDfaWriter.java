package dev.evtlint.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNSimulator;
import org.antlr.v4.runtime.atn.ArrayPredictionContext;
import org.antlr.v4.runtime.atn.EmptyPredictionContext;
import org.antlr.v4.runtime.atn.PredictionContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.atn.SemanticContext;
import org.antlr.v4.runtime.atn.SingletonPredictionContext;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/** Writes a grammar's prediction DFAs in the format of {@link PredictionDfaFile}. */
final class PredictionDfaWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    /**
     * Each prediction context's number in the file. Equal contexts get one number, as ANTLR's
     * context cache gives them one object: the file is the same however the nodes were shared.
     */
    private final Map<PredictionContext, Integer> contexts = new HashMap<>();
    private final List<PredictionContext> contextOrder = new ArrayList<>();
    private final Map<SemanticContext, Integer> semantics = new HashMap<>();
    private final List<SemanticContext> semanticOrder = new ArrayList<>();

    private PredictionDfaWriter() {
    }

    /** The file of {@code decisions}, the DFAs of {@code grammar}'s decisions. */
    static byte[] write(Parser grammar, DFA[] decisions) {
        return new PredictionDfaWriter().file(grammar, decisions);
    }

    private byte[] file(Parser grammar, DFA[] decisions) {
        List<DFA> dfas = new ArrayList<>();
        for (DFA dfa : decisions) {
            if (!dfa.states.isEmpty()) {
                dfas.add(dfa);
                // In the order of the states' numbers, not of the map: its order follows hash codes
                // that differ from process to process, and the file is the same from build to build.
                dfa.getStates().forEach(this::number);
            }
        }
        writeInt(PredictionDfaFile.MAGIC);
        writeUnsigned(PredictionDfaFile.FORMAT_VERSION);
        writeLong(PredictionDfaFile.fingerprint(grammar));
        writeContexts();
        writeSemantics();
        writeUnsigned(dfas.size());
        for (DFA dfa : dfas) {
            writeDfa(dfa);
        }
        return out.toByteArray();
    }

    private void number(DFAState state) {
        for (ATNConfig config : state.configs) {
            number(config.context);
            number(config.semanticContext);
        }
        if (state.predicates != null) {
            for (DFAState.PredPrediction prediction : state.predicates) {
                number(prediction.pred);
            }
        }
    }

    /** Numbers a context after its parents, so that the reader meets every parent before its children. */
    private void number(PredictionContext context) {
        if (context == null || contexts.containsKey(context)) {
            return;
        }
        for (int i = 0; i < context.size(); i++) {
            number(context.getParent(i));
        }
        contexts.put(context, contextOrder.size());
        contextOrder.add(context);
    }

    private void number(SemanticContext semantic) {
        if (semantic != SemanticContext.Empty.Instance && !semantics.containsKey(semantic)) {
            semantics.put(semantic, semanticOrder.size());
            semanticOrder.add(semantic);
        }
    }

    private void writeContexts() {
        writeUnsigned(contextOrder.size());
        for (PredictionContext context : contextOrder) {
            if (context == EmptyPredictionContext.Instance) {
                writeUnsigned(PredictionDfaFile.CONTEXT_EMPTY);
            } else if (context instanceof SingletonPredictionContext singleton) {
                writeUnsigned(PredictionDfaFile.CONTEXT_SINGLETON);
                writeContextEntry(singleton.parent, singleton.returnState);
            } else if (context instanceof ArrayPredictionContext array) {
                writeUnsigned(PredictionDfaFile.CONTEXT_ARRAY);
                writeUnsigned(array.size());
                for (int i = 0; i < array.size(); i++) {
                    writeContextEntry(array.parents[i], array.returnStates[i]);
                }
            } else {
                throw new IllegalStateException("a prediction context of an unknown kind: " + context.getClass());
            }
        }
    }

    private void writeContextEntry(PredictionContext parent, int returnState) {
        writeContextReference(parent);
        writeInt(returnState); // EMPTY_RETURN_STATE is Integer.MAX_VALUE: a plain int, not a varint
    }

    /**
     * Only the semantic contexts a grammar without AND or OR of predicates makes (evtlint's have only
     * the precedence predicates of left-recursive rules, whose AND and OR reduce to one predicate).
     * An AND or OR holds its operands in the order of a hash set whose hash codes are those of
     * classes, which differ from process to process: it could not be read back equal.
     */
    private void writeSemantics() {
        writeUnsigned(semanticOrder.size());
        for (SemanticContext semantic : semanticOrder) {
            if (semantic instanceof SemanticContext.PrecedencePredicate precedence) {
                writeUnsigned(PredictionDfaFile.SEMANTIC_PRECEDENCE);
                writeUnsigned(precedence.precedence);
            } else if (semantic instanceof SemanticContext.Predicate predicate) {
                writeUnsigned(PredictionDfaFile.SEMANTIC_PREDICATE);
                writeUnsigned(predicate.ruleIndex);
                writeUnsigned(predicate.predIndex);
                writeUnsigned(predicate.isCtxDependent ? 1 : 0);
            } else {
                throw new IllegalStateException("a semantic context this format does not hold: " + semantic);
            }
        }
    }

    private void writeDfa(DFA dfa) {
        List<DFAState> states = dfa.getStates();
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).stateNumber != i) {
                throw new IllegalStateException("decision " + dfa.decision + ": states not numbered 0 to " + (states.size() - 1));
            }
        }
        writeUnsigned(dfa.decision);
        writeUnsigned(states.size());
        for (DFAState state : states) {
            writeState(state);
        }
        for (DFAState state : states) {
            writeEdges(state.edges);
        }
        if (dfa.isPrecedenceDfa()) {
            // A precedence decision's start states hang off the edges of its s0, one per precedence level.
            writeEdges(dfa.s0.edges);
        } else {
            writeStateReference(dfa.s0);
        }
    }

    private void writeState(DFAState state) {
        ATNConfigSet configs = state.configs;
        writeUnsigned(flag(state.isAcceptState, PredictionDfaFile.ACCEPT)
                | flag(state.requiresFullContext, PredictionDfaFile.REQUIRES_FULL_CONTEXT)
                | flag(configs.hasSemanticContext, PredictionDfaFile.HAS_SEMANTIC_CONTEXT)
                | flag(configs.dipsIntoOuterContext, PredictionDfaFile.DIPS_INTO_OUTER_CONTEXT)
                | flag(configs.fullCtx, PredictionDfaFile.FULL_CONTEXT_SET)
                | flag(state.predicates != null, PredictionDfaFile.HAS_PREDICATES));
        writeUnsigned(state.prediction);
        writeUnsigned(configs.uniqueAlt);
        if (state.requiresFullContext) {
            // ANTLR keeps the conflicting alternatives it failed over on in a field only its own
            // package reads; they are what it computed from these same configurations.
            BitSet conflicting = PredictionMode.getAlts(PredictionMode.getConflictingAltSubsets(configs));
            writeUnsigned(conflicting.cardinality());
            conflicting.stream().forEach(this::writeUnsigned);
        }
        writeUnsigned(configs.size());
        for (ATNConfig config : configs) {
            writeUnsigned(config.state.stateNumber);
            writeUnsigned(config.alt);
            writeContextReference(config.context);
            writeSemanticReference(config.semanticContext);
            writeUnsigned(config.reachesIntoOuterContext);
        }
        if (state.predicates != null) {
            writeUnsigned(state.predicates.length);
            for (DFAState.PredPrediction prediction : state.predicates) {
                writeSemanticReference(prediction.pred);
                writeUnsigned(prediction.alt);
            }
        }
    }

    private void writeContextReference(PredictionContext context) {
        writeUnsigned(context == null ? 0 : contexts.get(context) + 1);
    }

    private void writeSemanticReference(SemanticContext semantic) {
        writeUnsigned(semantic == SemanticContext.Empty.Instance ? 0 : semantics.get(semantic) + 1);
    }

    /** The targets of an edge array by index (symbol + 1, or precedence level). */
    private void writeEdges(DFAState[] edges) {
        int count = 0;
        for (int i = 0; edges != null && i < edges.length; i++) {
            count += edges[i] == null ? 0 : 1;
        }
        writeUnsigned(count);
        for (int i = 0; count > 0 && i < edges.length; i++) {
            if (edges[i] != null) {
                writeUnsigned(i);
                writeStateReference(edges[i]);
            }
        }
    }

    /** A state by its number plus one; 0 for none, and for ANTLR's ERROR state, which only edges lead to. */
    private void writeStateReference(DFAState state) {
        writeUnsigned(state == null || state == ATNSimulator.ERROR ? 0 : state.stateNumber + 1);
    }

    private static int flag(boolean set, int flag) {
        return set ? flag : 0;
    }

    private void writeUnsigned(int value) {
        if (value < 0) {
            throw new IllegalStateException("a negative number where the format has none: " + value);
        }
        while (value >= 0x80) {
            out.write(value & 0x7f | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private void writeInt(int value) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write(value >>> shift);
        }
    }

    private void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }
}
