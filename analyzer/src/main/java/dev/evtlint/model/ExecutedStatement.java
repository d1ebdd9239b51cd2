package dev.evtlint.model;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import dev.evtlint.script.ScriptFile;
import java.util.List;

/**
 * A statement as a script runs it: at the top level of a file, inside a DO block (the EXECUTEd
 * text evtlint could read included), or in the body of a function that creates, alters or drops
 * event triggers, where the scripts call it. {@code conditions} are the IF/CASE conditions and loop conditions or
 * queries that decide whether it runs, those of an earlier IF in its block that may RETURN or raise
 * included; {@code handlers} the EXCEPTION handlers around it, innermost first. Both are empty at
 * the top level of a file. {@code sites} are where it stands in the PL/pgSQL bodies that run it
 * (a DO block's, an installer's), innermost first: what the flow analysis reads to tell whether
 * an error it raises is caught on the way out. {@code function} is the called function whose body it stands in, and
 * {@code file} that function's script; null for the scripts' own statements and DO blocks.
 * {@code database} is the database it runs in: the one psql's connect commands left the session
 * in, that of the call for a called function's body.
 */
public record ExecutedStatement(ScriptFile file, Statement statement, List<Node> conditions,
                                List<Part.PlExceptionHandler> handlers, List<Site> sites, FunctionDef function,
                                Database database) {

    public ExecutedStatement {
        // Shared with the statements of the bodies on the way out and of the bodies they call, not
        // copied for each (AppendedList, PrependedList).
        conditions = conditions instanceof AppendedList<Node> ? conditions : List.copyOf(conditions);
        handlers = handlers instanceof PrependedList<Part.PlExceptionHandler> ? handlers : List.copyOf(handlers);
        sites = sites instanceof PrependedList<Site> ? sites : List.copyOf(sites);
    }

    /** The statement {@code at} of the PL/pgSQL body {@code body} that runs it, or runs the body it stands in. */
    public record Site(PlStatement.Block body, PlStatement at) {
    }

    /**
     * Whether a condition around it looks the event trigger {@code name} up in
     * {@code pg_event_trigger}, as in {@code IF NOT EXISTS (SELECT 1 FROM pg_event_trigger WHERE
     * evtname = 'name')}: it queries that catalog and compares with the name as a string.
     */
    public boolean checksEventTrigger(String name) {
        for (Node condition : conditions) {
            boolean readsCatalog = AstVisitor.collect(condition, Part.RelationRef.class).stream()
                    .anyMatch(table -> table.name().name().equals("pg_event_trigger"));
            boolean mentionsName = AstVisitor.collect(condition, Expr.Literal.class).stream()
                    .anyMatch(literal -> literal.kind() == Expr.LiteralKind.STRING && literal.value().equals(name));
            if (readsCatalog && mentionsName) {
                return true;
            }
        }
        return false;
    }
}
