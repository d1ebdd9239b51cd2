package dev.evtlint.ast;

import java.util.ArrayList;
import java.util.List;

/**
 * The one structural walk over PL/pgSQL statements: where statements hold other statements (a
 * block's body and its exception handlers, IF branches and ELSE, CASE arms and ELSE, a loop's
 * body). Every kind of statement has a method, and those that hold statements descend into them
 * by default, with the same context; a walk overrides the kinds where it does something or where
 * the context changes (the conditions of a branch, the handlers around a body). Statements in SQL
 * that a PL/pgSQL statement runs (a DO in EXECUTE) are not PL/pgSQL statements of this body.
 *
 * @param <C> what a walk carries down to the statements it reaches
 */
public abstract class PlStatementWalker<C> {

    /** {@code root} and every statement nested in it, in source order. */
    public static List<PlStatement> statementsIn(PlStatement root) {
        List<PlStatement> found = new ArrayList<>();
        new PlStatementWalker<Void>() {
            @Override
            protected void statement(PlStatement statement, Void none) {
                found.add(statement);
                super.statement(statement, none);
            }
        }.walk(root, null);
        return found;
    }

    /** The statements directly inside {@code statement}: its body, branches and handlers, in source order. */
    public static List<PlStatement> nestedIn(PlStatement statement) {
        List<PlStatement> nested = new ArrayList<>();
        new PlStatementWalker<Void>() {
            @Override
            protected void statements(List<PlStatement> statements, Void none) {
                nested.addAll(statements);
            }
        }.walk(statement, null);
        return nested;
    }

    /** Walks {@code root} and the statements nested in it, starting with {@code context}. */
    public final void walk(PlStatement root, C context) {
        statement(root, context);
    }

    /** The statements of one list, in order, each with {@code context}. */
    protected void statements(List<PlStatement> statements, C context) {
        for (PlStatement statement : statements) {
            statement(statement, context);
        }
    }

    /** One statement, handed to the method of its kind. */
    protected void statement(PlStatement statement, C context) {
        if (statement instanceof PlStatement.Block block) {
            block(block, context);
        } else if (statement instanceof PlStatement.If choice) {
            ifStatement(choice, context);
        } else if (statement instanceof PlStatement.Case choice) {
            caseStatement(choice, context);
        } else if (statement instanceof PlStatement.Loop loop) {
            loop(loop, context);
        } else {
            simple(statement, context);
        }
    }

    protected void block(PlStatement.Block block, C context) {
        statements(block.body(), context);
        for (Part.PlExceptionHandler handler : block.handlers()) {
            handler(handler, context);
        }
    }

    protected void handler(Part.PlExceptionHandler handler, C context) {
        statements(handler.body(), context);
    }

    protected void ifStatement(PlStatement.If choice, C context) {
        for (Part.PlBranch branch : choice.branches()) {
            statements(branch.body(), context);
        }
        if (choice.elseBody() != null) {
            statements(choice.elseBody(), context);
        }
    }

    protected void caseStatement(PlStatement.Case choice, C context) {
        for (Part.PlBranch branch : choice.whens()) {
            statements(branch.body(), context);
        }
        if (choice.elseBody() != null) {
            statements(choice.elseBody(), context);
        }
    }

    protected void loop(PlStatement.Loop loop, C context) {
        statements(loop.body(), context);
    }

    /** A statement that holds no statements. */
    protected void simple(PlStatement statement, C context) {
    }
}
