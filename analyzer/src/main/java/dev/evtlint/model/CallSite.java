package dev.evtlint.model;

import dev.evtlint.ast.Expr;

/** A call in a function body of a function the project defines. */
public record CallSite(FunctionDef caller, Expr.FunctionCall call, FunctionDef callee) {
}
