package dev.evtlint.flow;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import java.util.Set;

/**
 * What fails on a hot standby (reference: readonly_recovery.tsv; utility.c's read-only
 * classification): DML, DDL, GRANT/REVOKE, row locks, strong table locks, sequence and large-object
 * writes, NOTIFY/LISTEN, maintenance commands, and EXECUTE of text not provably read-only.
 */
public final class StandbyWrites {
    /** Statements that run on a standby (strictly read-only, or allowed during recovery). */
    private static final Set<String> ALLOWED_TAGS = Set.of("SELECT", "SHOW", "EXPLAIN", "SET", "RESET", "DO", "CALL",
            "BEGIN", "START TRANSACTION", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "UNLISTEN", "CHECKPOINT",
            "DISCARD ALL", "DISCARD PLANS", "DISCARD SEQUENCES", "DISCARD TEMP", "PREPARE", "EXECUTE", "DEALLOCATE",
            "DECLARE CURSOR", "FETCH", "MOVE", "CLOSE CURSOR", "LOAD", "ALTER SYSTEM", "LOCK TABLE");
    /** LOCK modes up to ROW EXCLUSIVE are allowed during recovery. */
    private static final Set<String> WEAK_LOCKS = Set.of("ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE");

    /**
     * A part of a statement that fails on a standby, and what it is; {@code certain} is false for
     * dynamic SQL evtlint could not read, which may or may not write.
     */
    public record Write(Node at, String what, boolean certain) {
        Write(Node at, String what) {
            this(at, what, true);
        }
    }

    private final BuiltinFunctions builtins;

    public StandbyWrites(BuiltinFunctions builtins) {
        this.builtins = builtins;
    }

    /** The first thing {@code statement} itself does that fails on a standby, or null. */
    public Write of(PlStatement statement) {
        if (statement instanceof PlStatement.Sql sql) {
            return of(sql.statement());
        }
        if (statement instanceof PlStatement.Execute execute) {
            return dynamic(execute);
        }
        for (Node part : PlNodes.ownParts(statement)) {
            Write write = part instanceof Statement s ? of(s) : writingCall(part);
            if (write != null) {
                return write;
            }
        }
        return null;
    }

    /** The first thing an SQL statement does that fails on a standby, or null. */
    public Write of(Statement statement) {
        if (statement instanceof Statement.Select select) {
            return select(select);
        }
        if (statement instanceof Statement.Lock lock) {
            return WEAK_LOCKS.contains(lock.mode()) ? null : new Write(lock, "LOCK TABLE in " + lock.mode() + " mode");
        }
        if (!ALLOWED_TAGS.contains(statement.commandTag())) {
            return new Write(statement, statement.commandTag());
        }
        return writingCall(statement);
    }

    private Write select(Statement.Select select) {
        if (select.intoTable() != null) {
            return new Write(select, "SELECT INTO");
        }
        if (!select.locking().isEmpty()) {
            return new Write(select.locking().get(0), "SELECT ... FOR " + select.locking().get(0).strength());
        }
        for (Part.CommonTableExpression cte : select.with()) {
            if (!(cte.query() instanceof Statement.Select)) {
                return new Write(cte.query(), cte.query().commandTag() + " in a WITH query");
            }
        }
        return writingCall(select);
    }

    private Write writingCall(Node node) {
        for (Expr.FunctionCall call : AstVisitor.collect(node, Expr.FunctionCall.class)) {
            if (builtins.has(call, BuiltinFunctions.Effect.STANDBY_WRITE)) {
                return new Write(call, call.name().name() + "()");
            }
        }
        return null;
    }

    /**
     * EXECUTE of text evtlint could read is judged as that statement; of a concatenation whose
     * leading literal gives a tag, by the tag (a SELECT may still lock rows: not provably read-only);
     * of anything else, as not provably read-only.
     */
    private Write dynamic(PlStatement.Execute execute) {
        Statement statement = execute.statement();
        if (statement != null && !(statement instanceof Statement.Unparsed)) {
            Write write = of(statement);
            return write == null ? writingCall(execute.command()) : new Write(execute, "EXECUTE of " + write.what());
        }
        if (statement != null && !statement.commandTag().equals("SELECT") && !statement.commandTag().equals("???")) {
            return ALLOWED_TAGS.contains(statement.commandTag()) ? writingCall(execute.command())
                    : new Write(execute, "EXECUTE of " + statement.commandTag());
        }
        return new Write(execute, "EXECUTE of dynamic SQL", false);
    }
}
