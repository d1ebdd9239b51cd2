package dev.evtlint.flow;

import dev.evtlint.ast.Expr;
import dev.evtlint.model.CommandTagFacts;
import java.util.List;

/**
 * A test of TG_TAG against string literals ({@code tg_tag = 'CREATE FUNCTION'}, {@code tg_tag IN
 * (...)}, {@code <>}, {@code NOT IN}), or of TG_EVENT, the other text variable of an event trigger
 * function, in the same forms ({@link #ofEvent}). Where it leaves only commands that report at most one row in
 * pg_event_trigger_ddl_commands(), that function returns at most one row on that path; the other
 * outcome says nothing about it.
 */
record TagTest(List<String> tags, boolean equal) {

    /** The TG_TAG test {@code condition} is, or null. */
    static TagTest of(Expr condition) {
        return of(condition, "tg_tag");
    }

    /** The TG_EVENT test {@code condition} is, or null: {@link #holds} then takes an event name. */
    static TagTest ofEvent(Expr condition) {
        return of(condition, "tg_event");
    }

    private static TagTest of(Expr condition, String variable) {
        if (!(condition instanceof Expr.Operator test) || test.operands().size() < 2) {
            return null;
        }
        boolean equal = test.operator().equals("=") || test.operator().equals("IN");
        boolean unequal = test.operator().equals("<>") || test.operator().equals("!=") || test.operator().equals("NOT IN");
        List<Expr> operands = test.operands();
        if (!(equal || unequal) || !(operands.get(0) instanceof Expr.ColumnRef subject && subject.isSimple(variable))) {
            return null;
        }
        List<Expr> values = operands.subList(1, operands.size());
        if (!values.stream().allMatch(value -> value instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING)) {
            return null;
        }
        return new TagTest(values.stream().map(value -> ((Expr.Literal) value).value()).toList(), equal);
    }

    /** The test's outcome when TG_TAG is {@code tag}. */
    boolean holds(String tag) {
        return tags.contains(tag) == equal;
    }

    /** TRUE when the outcome {@code truth} leaves only tags that report at most one command row; else null. */
    Boolean oneCommandRow(boolean truth) {
        return truth == equal && tags.stream().allMatch(CommandTagFacts::reportsAtMostOneCommandRow) ? Boolean.TRUE : null;
    }
}
