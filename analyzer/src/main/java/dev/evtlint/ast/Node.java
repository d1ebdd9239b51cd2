package dev.evtlint.ast;

import java.util.List;

/**
 * A node of evtlint's syntax tree. Every node is an immutable record whose first component is its
 * {@link SourceRange} in the file on disk; nodes inside function bodies are in file coordinates too.
 */
public sealed interface Node permits Statement, Expr, PlStatement, Part {

    SourceRange range();

    /** The direct child nodes, in source order. */
    List<Node> children();

    /** Walks this node and its descendants in pre-order. */
    default void accept(AstVisitor visitor) {
        if (visitor.enter(this)) {
            for (Node child : children()) {
                child.accept(visitor);
            }
        }
        visitor.exit(this);
    }
}
