package dev.evtlint.parse;

import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses with SLL prediction first, which is fast and right for nearly all input, and again with
 * full LL only when SLL fails (the two-stage strategy of ANTLR's authors, also Trino's). A parse
 * that still fails yields the first syntax error and no tree.
 */
final class TwoStageParse {

    /** A tree, or the first syntax error. */
    record Outcome<T>(T tree, SyntaxErrorCollector.Failure failure) {
    }

    private TwoStageParse() {
    }

    static <P extends Parser, T extends ParserRuleContext> Outcome<T> run(P parser, BufferedTokenStream tokens,
                                                                         Function<P, T> rule) {
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return new Outcome<>(rule.apply(parser), null);
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            SyntaxErrorCollector errors = new SyntaxErrorCollector();
            parser.addErrorListener(errors);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            T tree = rule.apply(parser);
            return errors.first() == null ? new Outcome<>(tree, null) : new Outcome<>(null, errors.first());
        }
    }
}
