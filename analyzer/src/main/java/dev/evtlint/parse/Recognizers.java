package dev.evtlint.parse;

import dev.evtlint.grammar.PlPgSqlParser;
import dev.evtlint.grammar.PostgreSqlParser;
import java.util.List;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ParserATNSimulator;

/**
 * The only place that makes the grammars' parsers. One parser per grammar for all the pieces of a
 * file, instead of two objects (and their ATN simulators and listener lists) per statement; a
 * scanner is cheap and made per piece. Sharing a parser with nested parses is safe: it is done
 * once its tree is returned, and bodies and expressions are parsed only while the outer tree is
 * being built.
 */
final class Recognizers {
    private final DeadlineListener deadline;
    private PostgreSqlParser sqlParser;
    private PlPgSqlParser plPgSqlParser;

    Recognizers(Deadline deadline) {
        this.deadline = new DeadlineListener(deadline);
        // Before the first parser: it predicts with the shipped DFAs, or waits for GrammarWarmUp's load of them.
        ShippedPrediction.installOnce();
    }

    PostgreSqlParser sqlParser(TokenStream tokens) {
        if (sqlParser == null) {
            sqlParser = newSqlParser(tokens);
            deadline.listenTo(sqlParser);
        } else {
            sqlParser.setTokenStream(tokens);
        }
        return sqlParser;
    }

    PlPgSqlParser plPgSqlParser(TokenStream tokens) {
        if (plPgSqlParser == null) {
            plPgSqlParser = newPlPgSqlParser(tokens);
            deadline.listenTo(plPgSqlParser);
        } else {
            plPgSqlParser.setTokenStream(tokens);
        }
        return plPgSqlParser;
    }

    /** The prediction simulators of both grammars, whose DFAs every parser of the process shares ({@link PredictionCache}). */
    static List<ParserATNSimulator> sharedPrediction() {
        return List.of(newSqlParser(null).getInterpreter(), newPlPgSqlParser(null).getInterpreter());
    }

    private static PostgreSqlParser newSqlParser(TokenStream tokens) {
        return new PostgreSqlParser(tokens);
    }

    private static PlPgSqlParser newPlPgSqlParser(TokenStream tokens) {
        return new PlPgSqlParser(tokens);
    }
}
