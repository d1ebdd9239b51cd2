package dev.evtlint.ast;

import java.util.ArrayList;
import java.util.List;

/** A pre-order walk over the syntax tree; {@link #enter} returns false to skip a node's children. */
public interface AstVisitor {

    boolean enter(Node node);

    default void exit(Node node) {
    }

    /** Every node of type {@code type} at or below {@code root}, in source order. */
    static <T extends Node> List<T> collect(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        root.accept(node -> {
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
            return true;
        });
        return found;
    }
}
