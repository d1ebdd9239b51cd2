package dev.evtlint.flow;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Expr;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Abstract interpretation of one PL/pgSQL body over {@link GuardState}s: the state before every
 * statement and at every call, given the state on entry. IF/ELSIF/ELSE and CASE refine the state
 * by their conditions; RETURN, RAISE EXCEPTION and EXIT end a path; loops are iterated to a fixed
 * point; an EXCEPTION handler starts from every state its block went through.
 */
final class GuardAnalysis {
    /** Loops reach their fixed point within a few rounds: the lattice is small. */
    private static final int LOOP_ROUNDS = 4;

    private final Conditions conditions;
    private final Map<PlStatement, GuardState> before = new IdentityHashMap<>();
    private final Map<Expr.FunctionCall, GuardState> atCall = new IdentityHashMap<>();
    private final Deque<LoopFrame> loops = new ArrayDeque<>();
    private final Deque<GuardState[]> handlerEntries = new ArrayDeque<>();

    /** Exit and continue states of the loop being walked. */
    private static final class LoopFrame {
        final String label;
        GuardState exits = GuardState.unreachable();
        GuardState continues = GuardState.unreachable();

        LoopFrame(String label) {
            this.label = label;
        }
    }

    GuardAnalysis(Conditions conditions) {
        this.conditions = conditions;
    }

    /** The states before each statement and at each call of {@code body}, entered with {@code entry}. */
    record Result(Map<PlStatement, GuardState> before, Map<Expr.FunctionCall, GuardState> atCall) {
    }

    Result analyse(PlStatement.Block body, GuardState entry) {
        statement(body, entry);
        return new Result(before, atCall);
    }

    private GuardState statements(List<PlStatement> statements, GuardState state) {
        GuardState current = state;
        for (PlStatement statement : statements) {
            current = statement(statement, current);
        }
        return current;
    }

    private GuardState statement(PlStatement statement, GuardState state) {
        record(statement, state);
        if (statement instanceof PlStatement.Block block) {
            return block(block, state);
        } else if (statement instanceof PlStatement.If ifStatement) {
            return ifStatement(ifStatement, state);
        } else if (statement instanceof PlStatement.Case caseStatement) {
            return caseStatement(caseStatement, state);
        } else if (statement instanceof PlStatement.Loop loop) {
            return loop(loop, state);
        } else if (statement instanceof PlStatement.Exit exit) {
            return exit(exit, state);
        } else if (statement instanceof PlStatement.Return) {
            return GuardState.unreachable();
        } else if (statement instanceof PlStatement.Raise raise) {
            return raise.raisesError() ? GuardState.unreachable() : state;
        } else if (statement instanceof PlStatement.Assert assertion) {
            return conditions.refine(assertion.condition(), true, state);
        } else if (statement instanceof PlStatement.Assign assign) {
            return state.bind(assign.target().toString(), conditions.literal(assign.value(), state));
        } else if (statement instanceof PlStatement.Sql sql) {
            return selectInto(sql, state);
        } else if (statement instanceof PlStatement.Execute execute) {
            return unbind(execute.into(), state);
        } else if (statement instanceof PlStatement.GetDiagnostics diagnostics) {
            return unbind(diagnostics.targets(), state);
        }
        return state;
    }

    private void record(PlStatement statement, GuardState state) {
        before.merge(statement, state, GuardState::join);
        for (Node part : PlNodes.ownParts(statement)) {
            for (Expr.FunctionCall call : AstVisitor.collect(part, Expr.FunctionCall.class)) {
                atCall.merge(call, state, GuardState::join);
            }
        }
        for (GuardState[] entry : handlerEntries) {
            entry[0] = entry[0].join(state);
        }
    }

    private GuardState block(PlStatement.Block block, GuardState state) {
        GuardState current = state;
        for (Part.PlDeclaration declaration : block.declarations()) {
            FactLiteral literal = declaration.initialValue() == null ? null : conditions.literal(declaration.initialValue(), current);
            current = current.bind(declaration.name().name(), literal);
        }
        if (block.handlers().isEmpty()) {
            return statements(block.body(), current);
        }
        GuardState[] handlerEntry = {current};
        handlerEntries.push(handlerEntry);
        GuardState out = statements(block.body(), current);
        handlerEntries.pop();
        for (Part.PlExceptionHandler handler : block.handlers()) {
            out = out.join(statements(handler.body(), handlerEntry[0]));
        }
        return out;
    }

    private GuardState ifStatement(PlStatement.If ifStatement, GuardState state) {
        GuardState remaining = state;
        GuardState out = GuardState.unreachable();
        for (Part.PlBranch branch : ifStatement.branches()) {
            out = out.join(statements(branch.body(), conditions.refine(branch.condition(), true, remaining)));
            remaining = conditions.refine(branch.condition(), false, remaining);
        }
        GuardState elseOut = ifStatement.elseBody() == null ? remaining : statements(ifStatement.elseBody(), remaining);
        return out.join(elseOut);
    }

    /** A CASE without ELSE raises CASE_NOT_FOUND when nothing matches: that path ends. */
    private GuardState caseStatement(PlStatement.Case caseStatement, GuardState state) {
        GuardState remaining = state;
        GuardState out = GuardState.unreachable();
        boolean searched = caseStatement.subject() == null;
        for (Part.PlBranch branch : caseStatement.whens()) {
            GuardState entry = searched ? conditions.refine(branch.condition(), true, remaining) : remaining;
            out = out.join(statements(branch.body(), entry));
            if (searched) {
                remaining = conditions.refine(branch.condition(), false, remaining);
            }
        }
        return caseStatement.elseBody() == null ? out : out.join(statements(caseStatement.elseBody(), remaining));
    }

    private GuardState loop(PlStatement.Loop loop, GuardState state) {
        LoopFrame frame = new LoopFrame(loop.label() == null ? null : loop.label().name());
        loops.push(frame);
        GuardState head = state;
        GuardState bodyOut = GuardState.unreachable();
        for (int round = 0; round < LOOP_ROUNDS; round++) {
            GuardState entry = loop.kind() == PlStatement.LoopKind.WHILE ? conditions.refine(loop.condition(), true, head) : head;
            entry = unbind(loop.targets(), entry);
            bodyOut = statements(loop.body(), entry);
            GuardState nextHead = head.join(bodyOut).join(frame.continues);
            if (nextHead.equals(head)) {
                break;
            }
            head = nextHead;
        }
        loops.pop();
        GuardState finished = switch (loop.kind()) {
            case LOOP -> GuardState.unreachable();
            case WHILE -> conditions.refine(loop.condition(), false, head);
            default -> head;
        };
        return finished.join(frame.exits);
    }

    private GuardState exit(PlStatement.Exit exit, GuardState state) {
        GuardState leaving = conditions.refine(exit.condition(), true, state);
        LoopFrame target = targetLoop(exit.label() == null ? null : exit.label().name());
        if (target != null) {
            if (exit.continueLoop()) {
                target.continues = target.continues.join(leaving);
            } else {
                target.exits = target.exits.join(leaving);
            }
        }
        return exit.condition() == null ? GuardState.unreachable() : conditions.refine(exit.condition(), false, state);
    }

    private LoopFrame targetLoop(String label) {
        for (LoopFrame frame : loops) {
            if (label == null || label.equals(frame.label)) {
                return frame;
            }
        }
        return null;
    }

    /** {@code SELECT pg_is_in_recovery() INTO rec}: the variable now holds the fact. */
    private GuardState selectInto(PlStatement.Sql sql, GuardState state) {
        if (sql.into().isEmpty()) {
            return state;
        }
        if (sql.statement() instanceof Statement.Select select && select.from().isEmpty()
                && select.targets().size() == sql.into().size()) {
            GuardState result = state;
            for (int i = 0; i < select.targets().size(); i++) {
                result = result.bind(sql.into().get(i).toString(), conditions.literal(select.targets().get(i), state));
            }
            return result;
        }
        return unbind(sql.into(), state);
    }

    private static GuardState unbind(List<Part.QualifiedName> targets, GuardState state) {
        GuardState result = state;
        for (Part.QualifiedName target : targets) {
            result = result.bind(target.toString(), null);
        }
        return result;
    }
}
