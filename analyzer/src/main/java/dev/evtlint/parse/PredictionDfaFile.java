package dev.evtlint.parse;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuntimeMetaData;

/**
 * The file format of a grammar's prediction DFAs, built at build time ({@link PredictionDfaTraining})
 * and loaded at start-up ({@link ShippedPrediction}). ANTLR has no format of its own for them.
 *
 * <p>Every number is an unsigned LEB128 varint; a reference that may be absent is written plus one
 * (0 = none). After the header (magic, format version, the grammar's fingerprint) come:
 * <ol>
 *   <li>the prediction contexts, parents before children, each an EMPTY, or a SINGLETON (parent,
 *       return state) or an ARRAY (size, then parent and return state per entry);</li>
 *   <li>the semantic contexts, each a PRECEDENCE (level) or a PREDICATE (rule, predicate index,
 *       context-dependent); reference 0 is {@code SemanticContext.Empty};</li>
 *   <li>per decision that has states: its number, its states in the order ANTLR numbered them
 *       (flags, prediction, unique alternative, conflicting alternatives, the ATN configurations:
 *       ATN state, alternative, context, semantic context, outer-context depth with ANTLR's
 *       precedence-filter bit; the predicate predictions), then every state's edges (symbol + 1,
 *       target state + 1, 0 for ANTLR's ERROR state), then the start state(s): for a precedence
 *       decision one per precedence level.</li>
 * </ol>
 * That is all a loaded DFA needs to go on exactly as ANTLR would: a state's configurations are
 * what ANTLR computes the next state from when an edge is missing.
 */
final class PredictionDfaFile {
    static final int MAGIC = 0x45564446; // "EVDF"
    /** Raised with every change of the format. */
    static final int FORMAT_VERSION = 1;

    static final int CONTEXT_EMPTY = 0;
    static final int CONTEXT_SINGLETON = 1;
    static final int CONTEXT_ARRAY = 2;

    static final int SEMANTIC_PRECEDENCE = 1;
    static final int SEMANTIC_PREDICATE = 2;

    static final int ACCEPT = 1;
    static final int REQUIRES_FULL_CONTEXT = 2;
    static final int HAS_SEMANTIC_CONTEXT = 4;
    static final int DIPS_INTO_OUTER_CONTEXT = 8;
    static final int FULL_CONTEXT_SET = 16;
    static final int HAS_PREDICATES = 32;

    private PredictionDfaFile() {
    }

    /** Where a grammar's file lives among the classes (a resource of the jar). */
    static String resourceName(Parser grammar) {
        return grammar.getClass().getSimpleName() + ".dfa";
    }

    /**
     * What a file must have been built from to be loaded: the grammar's serialized ATN (the DFAs
     * name its states and decisions), the ANTLR runtime (which builds the DFAs from the ATN) and
     * this format. A 64-bit FNV-1a hash: cheap enough for start-up, where a cryptographic digest of
     * the SQL grammar's ATN in interpreted code would cost more than a few milliseconds.
     */
    static long fingerprint(Parser grammar) {
        long hash = 0xcbf29ce484222325L;
        hash = mix(hash, grammar.getSerializedATN());
        hash = mix(hash, RuntimeMetaData.VERSION);
        return mix(hash, Integer.toString(FORMAT_VERSION));
    }

    private static long mix(long hash, String text) {
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return (hash ^ text.length()) * 0x100000001b3L;
    }
}
