package dev.evtlint.model;

import java.util.List;

/**
 * What a name or call resolves to: one function, several that evtlint cannot choose between (it
 * says so rather than guess), or none of the project's functions.
 */
public record Resolution(List<FunctionDef> candidates) {
    static final Resolution NONE = new Resolution(List.of());

    public Resolution {
        candidates = List.copyOf(candidates);
    }

    /** The function, when exactly one fits; else null. */
    public FunctionDef function() {
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }
}
