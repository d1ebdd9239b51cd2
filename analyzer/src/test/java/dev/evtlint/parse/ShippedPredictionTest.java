package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.script.ScriptFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Test;

/**
 * The proof that the shipped prediction DFAs change nothing but the speed: the project's own
 * scripts are parsed as by two processes, one that starts with empty DFAs and one that starts with
 * the shipped ones, each script by both in turn, and its AST (every statement, PL/pgSQL body and
 * expression, with the range of every node) and its syntax errors must be the same. Through the
 * one funnel into the parsers (ParseFunnelTest), so the parse trees are compared through the ASTs
 * built from them, not in their text form. The fixtures and examples are what the file was built
 * from (the loaded states answer); the judged corpus's projects are not (ANTLR adds states to the
 * loaded DFAs).
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
            ScriptFile empty = parse(source);
            predictWith(withShipped);
            ScriptFile loaded = parse(source);
            assertEquals(empty.statements(), loaded.statements(), script + ": AST");
            assertEquals(empty.syntaxErrors(), loaded.syntaxErrors(), script + ": syntax errors");
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

    private static ScriptFile parse(SourceFile source) {
        return new ScriptParser().parse(source);
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
