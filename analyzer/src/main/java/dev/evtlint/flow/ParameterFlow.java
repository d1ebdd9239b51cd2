package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Part;
import dev.evtlint.model.CallSite;
import dev.evtlint.model.FunctionDef;
import dev.evtlint.model.ProjectModel;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which parameters of which functions receive a value that starts in some root functions, passed
 * on as an argument from call to call: the one answer to "does this value reach a callee's
 * parameter". What carries the value inside one body (a call of its source, a variable assigned
 * from it, a parameter that received it) is the asking rule's question, {@link Carriers}. Worked
 * out to a fixed point with a work list, so a chain of calls of any length costs no stack, and a
 * cycle of calls ends once no parameter is added.
 */
public final class ParameterFlow {

    /** What in one function's body carries the value, given the parameters of it that receive it. */
    @FunctionalInterface
    public interface Carriers {
        /** A test of whether an expression of {@code function} carries the value. */
        Predicate<Expr> in(FunctionDef function, Set<String> receivingParameters);
    }

    /** Per function reached, its receiving parameters (by name) with the first call that passed the value to each. */
    private final Map<FunctionDef, Map<String, CallSite>> received = new IdentityHashMap<>();

    private ParameterFlow() {
    }

    /**
     * The flow from {@code roots}, PL/pgSQL functions of {@code model}, through the calls their
     * bodies make to functions with a body, argument by argument in position (a call with named
     * arguments passes nothing this follows: its arguments' order need not be the parameters').
     */
    public static ParameterFlow of(ProjectModel model, Collection<FunctionDef> roots, Carriers carriers) {
        ParameterFlow flow = new ParameterFlow();
        Deque<FunctionDef> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            FunctionDef function = work.poll();
            Predicate<Expr> carries = carriers.in(function, flow.parameters(function));
            for (CallSite site : model.callees(function)) {
                FunctionDef callee = site.callee();
                if (callee.body() == null || !site.call().positionalArguments()) {
                    continue;
                }
                List<Expr> arguments = site.call().arguments();
                List<Part.Parameter> inputs = callee.definition().parameters().stream()
                        .filter(parameter -> !parameter.mode().equals("OUT")).toList();
                for (int i = 0; i < arguments.size() && i < inputs.size(); i++) {
                    Part.Identifier name = inputs.get(i).name();
                    if (name != null && carries.test(arguments.get(i))
                            && flow.received.computeIfAbsent(callee, k -> new LinkedHashMap<>())
                            .putIfAbsent(name.name(), site) == null) {
                        work.add(callee);
                    }
                }
            }
        }
        return flow;
    }

    /** The parameters of {@code function} that receive the value; empty for a root no call passes it to. */
    public Set<String> parameters(FunctionDef function) {
        Map<String, CallSite> parameters = received.get(function);
        return parameters == null ? Set.of() : Collections.unmodifiableSet(parameters.keySet());
    }

    /** The first call found that passes the value to {@code parameter} of {@code function}, or null. */
    public CallSite passedBy(FunctionDef function, String parameter) {
        return received.getOrDefault(function, Map.of()).get(parameter);
    }

    /** The functions with a parameter that receives the value. */
    public Set<FunctionDef> receivers() {
        return Collections.unmodifiableSet(received.keySet());
    }
}
