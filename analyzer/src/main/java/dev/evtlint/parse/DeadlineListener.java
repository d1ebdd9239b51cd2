package dev.evtlint.parse;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Lets a parser give up at its deadline: a parse listener hears of every rule the parser enters. */
final class DeadlineListener implements ParseTreeListener {
    private final Deadline deadline;

    DeadlineListener(Deadline deadline) {
        this.deadline = deadline;
    }

    /** Makes {@code parser} check the deadline; without one, parsing pays nothing for it. */
    void listenTo(Parser parser) {
        if (deadline != Deadline.none()) {
            parser.addParseListener(this);
        }
    }

    @Override
    public void enterEveryRule(ParserRuleContext context) {
        deadline.check();
    }

    @Override
    public void exitEveryRule(ParserRuleContext context) {
        // Entering rules is frequent enough.
    }

    @Override
    public void visitTerminal(TerminalNode node) {
        // Entering rules is frequent enough.
    }

    @Override
    public void visitErrorNode(ErrorNode node) {
        // Entering rules is frequent enough.
    }
}
