package dev.evtlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.api.Evtlint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The analyzer's packages form layers: no package depends, directly or through others, on one that
 * depends on it. The dependencies are read from the compiled classes by the JDK's own jdeps, so
 * every reference counts, imports or not.
 */
class ArchitectureTest {
    private static final Pattern EDGE = Pattern.compile("^\\s*(dev\\.evtlint\\S*)\\s+->\\s+(dev\\.evtlint\\S*)\\s");

    @Test
    void theAnalyzersPackagesHaveNoCycles() throws URISyntaxException {
        Map<String, Set<String>> graph = packageGraph();
        assertTrue(graph.containsKey("dev.evtlint.api") && graph.get("dev.evtlint.api").contains("dev.evtlint.model"),
                "jdeps read the classes: " + graph);
        assertEquals(List.of(), cycles(graph), "package cycles");
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(graph));
    }

    private static Map<String, Set<String>> packageGraph() throws URISyntaxException {
        Path classes = Path.of(Evtlint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(out), "-verbose:package", "-filter:none",
                "--multi-release", "base", classes.toString());
        assertEquals(0, code, out::toString);
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().lines().toList()) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find() && !edge.group(1).equals(edge.group(2))) {
                graph.computeIfAbsent(edge.group(1), k -> new TreeSet<>()).add(edge.group(2));
            }
        }
        return graph;
    }

    /** The strongly connected components with more than one package (Tarjan), each sorted. */
    private static List<List<String>> cycles(Map<String, Set<String>> graph) {
        return new Tarjan(graph).components().stream().filter(c -> c.size() > 1).toList();
    }

    private static final class Tarjan {
        private final Map<String, Set<String>> graph;
        private final Map<String, Integer> index = new TreeMap<>();
        private final Map<String, Integer> low = new TreeMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<List<String>> components = new ArrayList<>();

        Tarjan(Map<String, Set<String>> graph) {
            this.graph = graph;
        }

        List<List<String>> components() {
            new TreeSet<>(graph.keySet()).forEach(node -> {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            });
            return components;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.add(node);
            for (String next : graph.getOrDefault(node, Set.of())) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (stack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                List<String> component = new ArrayList<>();
                String member;
                do {
                    member = stack.remove(stack.size() - 1);
                    component.add(member);
                } while (!member.equals(node));
                components.add(component.stream().sorted().toList());
            }
        }
    }
}
