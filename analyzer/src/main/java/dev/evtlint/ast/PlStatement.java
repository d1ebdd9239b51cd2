package dev.evtlint.ast;

import dev.evtlint.ast.Part.Identifier;
import dev.evtlint.ast.Part.PlBranch;
import dev.evtlint.ast.Part.PlDeclaration;
import dev.evtlint.ast.Part.PlExceptionHandler;
import dev.evtlint.ast.Part.PlRaiseOption;
import dev.evtlint.ast.Part.QualifiedName;
import java.util.List;

/** A PL/pgSQL statement (pl_gram.y proc_stmt). Embedded SQL and expressions are SQL nodes. */
public sealed interface PlStatement extends Node {

    /** {@code [<<label>>] [DECLARE ...] BEGIN ... [EXCEPTION ...] END}; {@code handlers} is empty without EXCEPTION. */
    record Block(SourceRange range, Identifier label, List<PlDeclaration> declarations, List<PlStatement> body,
                 List<PlExceptionHandler> handlers) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(label, declarations, body, handlers);
        }
    }

    /** {@code target := value}; {@code value} is null when the expression does not parse. */
    record Assign(SourceRange range, QualifiedName target, Expr value) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(target, value);
        }
    }

    /** IF/ELSIF branches in order; {@code elseBody} is null when there is no ELSE. */
    record If(SourceRange range, List<PlBranch> branches, List<PlStatement> elseBody) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(branches, elseBody);
        }
    }

    /** PL/pgSQL CASE; {@code elseBody} null means CASE_NOT_FOUND is raised when no branch matches. */
    record Case(SourceRange range, Expr subject, List<PlBranch> whens, List<PlStatement> elseBody)
            implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(subject, whens, elseBody);
        }

        /**
         * The values a WHEN of a CASE with a subject compares it with: PL/pgSQL reads {@code WHEN 'a', 'b'}
         * as the expression list of {@code SELECT 'a', 'b'}, which reaches the AST as a scalar subquery.
         */
        public static List<Expr> values(PlBranch when) {
            if (when.condition() instanceof Expr.Subquery list && list.kind() == Expr.SubqueryKind.SCALAR
                    && list.query().from().isEmpty() && list.query().where() == null && list.query().targets().size() > 1) {
                return list.query().targets();
            }
            return when.condition() == null ? List.of() : List.of(when.condition());
        }
    }

    enum LoopKind { LOOP, WHILE, FOR_RANGE, FOR_QUERY, FOR_EXECUTE, FOR_CURSOR, FOREACH }

    /**
     * Every loop form. {@code condition} is WHILE's; {@code query} the FOR loop's query;
     * {@code expressions} the bounds of a FOR range, FOR EXECUTE's command, FOREACH's array.
     */
    record Loop(SourceRange range, Identifier label, LoopKind kind, List<QualifiedName> targets, Expr condition,
                Statement query, List<Expr> expressions, List<PlStatement> body) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(label, targets, condition, query, expressions, body);
        }
    }

    /** EXIT or CONTINUE, with its label and WHEN condition when given. */
    record Exit(SourceRange range, boolean continueLoop, Identifier label, Expr condition) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(label, condition);
        }
    }

    enum ReturnKind { RETURN, RETURN_NEXT, RETURN_QUERY }

    record Return(SourceRange range, ReturnKind kind, Expr value, Statement query) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(value, query);
        }
    }

    /**
     * RAISE. {@code level} is upper case (EXCEPTION when omitted); {@code message} is the format
     * string, {@code condition} a condition name or SQLSTATE; a bare {@code RAISE;} re-raises.
     */
    record Raise(SourceRange range, String level, Expr.Literal message, List<Expr> parameters, String condition,
                 List<PlRaiseOption> options) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(message, parameters, options);
        }

        public boolean raisesError() {
            return level.equals("EXCEPTION");
        }
    }

    record Assert(SourceRange range, Expr condition, Expr message) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(condition, message);
        }
    }

    /** PERFORM query: a SELECT whose result is thrown away. */
    record Perform(SourceRange range, Statement.Select query) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(query);
        }
    }

    /**
     * EXECUTE of dynamic SQL. {@code statement} is what evtlint could read of the command, with
     * positions inside its string literal: the statement of a constant string, of a concatenation of
     * constant strings or of a constant {@code format()} string; an {@link Statement.Unparsed} with
     * the command tag when only the leading literal of a concatenation is known; null when nothing
     * is known. {@code syntaxError}: where the text, fully known, does not parse (whatever values
     * format()'s placeholders take); else null.
     */
    record Execute(SourceRange range, Expr command, Statement statement, SyntaxError syntaxError, List<QualifiedName> into,
                   boolean strict, List<Expr> using) implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(command, statement, into, using);
        }
    }

    /** An SQL statement in the body; {@code into} holds the targets of {@code INTO}. */
    record Sql(SourceRange range, Statement statement, List<QualifiedName> into, boolean strict)
            implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(statement, into);
        }
    }

    record GetDiagnostics(SourceRange range, boolean stacked, List<QualifiedName> targets, List<String> items)
            implements PlStatement {
        @Override
        public List<Node> children() {
            return Nodes.of(targets);
        }
    }

    /** OPEN, FETCH, MOVE or CLOSE of a cursor. */
    record Cursor(SourceRange range, String verb) implements PlStatement {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    record Null(SourceRange range) implements PlStatement {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }

    /** COMMIT or ROLLBACK inside a procedure or DO block. */
    record Transaction(SourceRange range, boolean commit) implements PlStatement {
        @Override
        public List<Node> children() {
            return List.of();
        }
    }
}
