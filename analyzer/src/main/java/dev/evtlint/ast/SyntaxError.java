package dev.evtlint.ast;

/** A statement or PL/pgSQL body that does not parse, at the offending token, with a message for people. */
public record SyntaxError(SourceRange range, String message) {
}
