package dev.evtlint.flow;

/** An expression's meaning in terms of a fact: the fact itself, or its negation. */
public record FactLiteral(Fact fact, boolean positive) {

    public FactLiteral negate() {
        return new FactLiteral(fact, !positive);
    }
}
