package dev.evtlint.model;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls in a function's body, resolved among the functions as they stand at one moment: those
 * that resolve to one of the project's functions, and the others ({@link ProjectModel.UnresolvedCall}).
 */
record CallLinks(List<CallSite> sites, List<ProjectModel.UnresolvedCall> unresolved) {

    /** The calls in the nodes a body's calls can appear in (the PL/pgSQL block, or a SQL body's statements), resolved with {@code overloads}. */
    static CallLinks of(FunctionDef caller, Overloads overloads) {
        List<CallSite> sites = new ArrayList<>();
        List<ProjectModel.UnresolvedCall> unclear = new ArrayList<>();
        Set<Expr.FunctionCall> procedureCalls = procedureCalls(caller);
        Map<String, String> variables = VariableTypes.of(caller);
        for (Node node : caller.bodyNodes()) {
            for (Expr.FunctionCall call : AstVisitor.collect(node, Expr.FunctionCall.class)) {
                Resolution resolution = overloads.call(call.name(), call.arguments(), call.positionalArguments(),
                        variables, procedureCalls.contains(call), caller.bodySearchPath());
                if (resolution.function() != null) {
                    sites.add(new CallSite(caller, call, resolution.function()));
                } else {
                    List<FunctionDef> offPath = resolution.candidates().isEmpty()
                            ? overloads.offPath(call.name(), call.arguments(), call.positionalArguments(), variables,
                                    procedureCalls.contains(call), caller.bodySearchPath())
                            : List.of();
                    unclear.add(new ProjectModel.UnresolvedCall(call, resolution.candidates(), offPath));
                }
            }
        }
        return new CallLinks(Collections.unmodifiableList(sites), List.copyOf(unclear));
    }

    /** The calls of CALL statements in a body: they name procedures, where other calls name functions. */
    static Set<Expr.FunctionCall> procedureCalls(FunctionDef function) {
        Set<Expr.FunctionCall> calls = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node node : function.bodyNodes()) {
            AstVisitor.collect(node, Statement.Call.class).forEach(call -> calls.add(call.call()));
        }
        return calls;
    }
}
