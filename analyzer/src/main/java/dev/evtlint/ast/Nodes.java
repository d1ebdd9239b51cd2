package dev.evtlint.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the child lists of nodes: nulls are skipped, lists are flattened. */
final class Nodes {
    private Nodes() {
    }

    static List<Node> of(Object... parts) {
        List<Node> children = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Node node) {
                children.add(node);
            } else if (part instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof Node node) {
                        children.add(node);
                    }
                }
            }
        }
        return Collections.unmodifiableList(children);
    }
}
