package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.Part;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.grammar.PlPgSqlParser;
import dev.evtlint.grammar.PostgreSqlParser;
import dev.evtlint.model.ScriptFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Test;

/**
 * The proof that the shipped prediction DFAs change nothing but the speed: the project's own
 * scripts are parsed as by two processes, one that starts with empty DFAs and one that starts with
 * the shipped ones, each script by both in turn, and the parse trees (text form) of its statements
 * and PL/pgSQL bodies, its AST and its syntax errors must be the same. The fixtures and examples
 * are what the file was built from (the loaded states answer); the judged corpus's projects are
 * not (ANTLR adds states to the loaded DFAs).
 */
class ShippedPredictionTest {
    private static final List<Path> INPUTS = List.of(Path.of("../test-fixtures/fixtures"), Path.of("../examples"),
            Path.of("../test-fixtures/corpus/projects"));

    private final List<ParserATNSimulator> grammars = Recognizers.sharedPrediction();

    @Test
    void parsesTheSameWithAndWithoutTheShippedDfas() {
        ShippedPrediction.installOnce();
        List<Path> scripts = scripts();
        assertTrue(scripts.size() > 500, "inputs not found: " + scripts.size() + " scripts");
        List<DFA[]> withoutShipped = grammars.stream().map(ShippedPredictionTest::emptyDfas).toList();
        List<DFA[]> withShipped = grammars.stream().map(grammar -> ShippedPrediction.shipped(grammar.getParser())).toList();
        for (Path script : scripts) {
            SourceFile source = source(script);
            predictWith(withoutShipped);
            Parsed empty = parse(source);
            predictWith(withShipped);
            Parsed loaded = parse(source);
            assertEquals(empty.trees(), loaded.trees(), script + ": parse trees");
            assertEquals(empty.file().statements(), loaded.file().statements(), script + ": AST");
            assertEquals(empty.file().syntaxErrors(), loaded.file().syntaxErrors(), script + ": syntax errors");
        }
        ShippedPrediction.install();
    }

    /** Makes every parser predict with {@code dfas} (one array per grammar), which the parses then add to. */
    private void predictWith(List<DFA[]> dfas) {
        for (int i = 0; i < grammars.size(); i++) {
            System.arraycopy(dfas.get(i), 0, grammars.get(i).decisionToDFA, 0, dfas.get(i).length);
        }
    }

    private static DFA[] emptyDfas(ParserATNSimulator grammar) {
        DFA[] dfas = new DFA[grammar.atn.getNumberOfDecisions()];
        for (int i = 0; i < dfas.length; i++) {
            dfas[i] = new DFA(grammar.atn.getDecisionState(i), i);
        }
        return dfas;
    }

    private record Parsed(List<String> trees, ScriptFile file) {
    }

    private static Parsed parse(SourceFile source) {
        return new Parsed(new TreeTexts().of(source), new ScriptParser().parse(source));
    }

    /**
     * The parse trees of a script's statements and PL/pgSQL bodies as ANTLR prints them, each
     * parsed from the same slice and tokens as {@link SqlParsing} parses it; a piece that does
     * not parse stands as its first syntax error.
     */
    private static final class TreeTexts implements SqlAstBuilder.BodyParser {
        private final Recognizers recognizers = new Recognizers(Deadline.none());
        private final List<String> trees = new ArrayList<>();

        List<String> of(SourceFile source) {
            ScriptSplitter.Result split = ScriptSplitter.split(source.text());
            for (ScriptSplitter.Segment segment : split.segments()) {
                TextSlice slice = TextSlice.inFile(source, split.text(), segment.start(), segment.end());
                BufferedTokenStream tokens = tokens(new SqlScanner(ScannerVocabulary.SQL, slice));
                PostgreSqlParser parser = recognizers.sqlParser(tokens);
                PostgreSqlParser.SingleStatementContext tree = tree(parser, tokens, PostgreSqlParser::singleStatement);
                if (tree != null) {
                    // Building the AST cuts the bodies out as SqlParsing does and hands them to parse() below.
                    new SqlAstBuilder(slice, tokens.getTokens(), this).statement(tree.statement());
                }
            }
            return trees;
        }

        @Override
        public Part.FunctionBody parse(String language, TextSlice body, SourceRange literalRange) {
            if ("plpgsql".equals(language)) {
                BufferedTokenStream tokens = tokens(new SqlScanner(ScannerVocabulary.PL_PG_SQL, body));
                RoutineBodySemicolons.mark(tokens.getTokens());
                tree(recognizers.plPgSqlParser(tokens), tokens, PlPgSqlParser::functionBody);
            }
            return new Part.OpaqueBody(literalRange, "");
        }

        private <P extends Parser, T extends ParserRuleContext> T tree(P parser, BufferedTokenStream tokens,
                                                                      Function<P, T> rule) {
            TwoStageParse.Outcome<T> outcome = TwoStageParse.run(parser, tokens, rule);
            trees.add(outcome.tree() != null ? outcome.tree().toStringTree(parser) : "error: " + outcome.failure());
            return outcome.tree();
        }

        private static BufferedTokenStream tokens(SqlScanner scanner) {
            BufferedTokenStream tokens = new BufferedTokenStream(scanner);
            tokens.fill();
            return tokens;
        }
    }

    private static List<Path> scripts() {
        List<Path> scripts = new ArrayList<>();
        for (Path input : INPUTS) {
            try (Stream<Path> files = Files.walk(input)) {
                files.filter(file -> file.toString().endsWith(".sql")).sorted().forEach(scripts::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return scripts;
    }

    private static SourceFile source(Path script) {
        try {
            return new SourceFile(script, script.toString(), new String(Files.readAllBytes(script), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
