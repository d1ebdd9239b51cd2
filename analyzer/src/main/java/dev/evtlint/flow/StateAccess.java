package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.OwnBody;
import dev.evtlint.model.ProjectModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a function and the functions it calls read and change of the state that outlives one
 * trigger call: tables, sequences and configuration settings named in the code. Two triggers of one
 * command that touch the same state depend on each other's order.
 */
public final class StateAccess {

    public enum Kind { TABLE, SEQUENCE, SETTING }

    /** A piece of state; {@code schema} is null when the code does not qualify the name. */
    public record State(Kind kind, String schema, String name) {

        /** Same kind and name, and the same schema when both name one. */
        public boolean sameAs(State other) {
            return kind == other.kind && name.equals(other.name)
                    && (schema == null || other.schema == null || schema.equals(other.schema));
        }

        public String describe() {
            String qualified = schema == null ? name : schema + "." + name;
            return kind.name().toLowerCase(Locale.ROOT) + " " + qualified;
        }
    }

    /** One read or write, at {@code at} in {@code function}'s body. */
    public record Access(State state, FunctionDef function, Node at) {
    }

    private static final Set<String> SEQUENCE_WRITES = Set.of("nextval", "setval");

    private final List<Access> reads = new ArrayList<>();
    private final List<Access> writes = new ArrayList<>();

    private StateAccess() {
    }

    /** The accesses of {@code root} and of every project function it calls, directly or not. */
    public static StateAccess of(ProjectModel model, FunctionDef root) {
        StateAccess access = new StateAccess();
        for (FunctionDef function : reachable(model, root)) {
            OwnBody.forEach(function, node -> access.add(function, node));
        }
        return access;
    }

    /** {@code root} and the functions it calls with a PL/pgSQL body, each once. */
    public static List<FunctionDef> reachable(ProjectModel model, FunctionDef root) {
        return model.reachableFrom(root, function -> function.body() != null);
    }

    public List<Access> reads() {
        return reads;
    }

    public List<Access> writes() {
        return writes;
    }

    /** The first read of {@code state}, or null. */
    public Access firstRead(State state) {
        return reads.stream().filter(read -> read.state().sameAs(state)).findFirst().orElse(null);
    }

    private void add(FunctionDef function, Node node) {
        if (node instanceof Part.RelationRef relation) {
            reads.add(new Access(table(relation.name()), function, node));
        } else if (node instanceof Statement.Insert insert) {
            writes.add(new Access(table(insert.table()), function, node));
        } else if (node instanceof Statement.Update update) {
            // an UPDATE finds its rows first: it sees, or misses, what another trigger inserted
            reads.add(new Access(table(update.table()), function, node));
            writes.add(new Access(table(update.table()), function, node));
        } else if (node instanceof Statement.Delete delete) {
            reads.add(new Access(table(delete.table()), function, node));
            writes.add(new Access(table(delete.table()), function, node));
        } else if (node instanceof Statement.SetConfig set) {
            writes.add(new Access(setting(set.parameter()), function, node));
        } else if (node instanceof Expr.FunctionCall call) {
            addCall(function, call);
        }
    }

    private void addCall(FunctionDef function, Expr.FunctionCall call) {
        String name = firstArgumentText(call);
        if (name == null) {
            return;
        }
        if (call.calls("set_config")) {
            writes.add(new Access(setting(name), function, call));
        } else if (call.calls("current_setting")) {
            reads.add(new Access(setting(name), function, call));
        } else if (SEQUENCE_WRITES.stream().anyMatch(call::calls)) {
            writes.add(new Access(sequence(name), function, call));
        } else if (call.calls("currval")) {
            reads.add(new Access(sequence(name), function, call));
        }
    }

    /** The string constant a call starts with ({@code 'seq'} or {@code 'seq'::regclass}), or null. */
    private static String firstArgumentText(Expr.FunctionCall call) {
        if (call.arguments().isEmpty()) {
            return null;
        }
        Expr first = call.arguments().get(0);
        if (first instanceof Expr.Cast cast) {
            first = cast.operand();
        }
        return first instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING ? literal.value() : null;
    }

    public static State table(Part.QualifiedName name) {
        return new State(Kind.TABLE, name.schema(), name.name());
    }

    /** A sequence named in a string, as regclass reads it: unquoted parts fold to lower case. */
    private static State sequence(String text) {
        String[] parts = text.split("\\.");
        String name = fold(parts[parts.length - 1]);
        return new State(Kind.SEQUENCE, parts.length > 1 ? fold(parts[parts.length - 2]) : null, name);
    }

    /** Setting names compare without regard to case. */
    private static State setting(String name) {
        return new State(Kind.SETTING, null, name.toLowerCase(Locale.ROOT));
    }

    private static String fold(String part) {
        return part.startsWith("\"") && part.endsWith("\"") && part.length() > 1
                ? part.substring(1, part.length() - 1) : part.toLowerCase(Locale.ROOT);
    }
}
