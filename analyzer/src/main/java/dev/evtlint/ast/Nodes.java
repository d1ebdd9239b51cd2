package dev.evtlint.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the child lists of nodes: nulls are skipped, lists are flattened. */
final class Nodes {
    private Nodes() {
    }

    /**
     * An unmodifiable list without spare capacity, for the lists that nodes keep: the ASTs of every
     * script stay in memory until the rules have run, and the builders' lists hold room for ten
     * elements where most hold none or one (in a 52 MB script, 2 million lists; docs/performance.md).
     * Tolerates null elements, which {@link List#copyOf} rejects.
     */
    static <T> List<T> compact(List<T> list) {
        if (list == null || list.isEmpty()) {
            return list == null ? null : List.of();
        }
        // Not list.contains(null): the JDK's own unmodifiable lists throw for it.
        for (T element : list) {
            if (element == null) {
                return Collections.unmodifiableList(new ArrayList<>(list));
            }
        }
        return List.copyOf(list);
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
