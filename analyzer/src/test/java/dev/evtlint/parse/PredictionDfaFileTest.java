package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The prediction DFA file: the shipped one fits this build's grammars, a stale one is refused, and
 * a loaded DFA is the one it was written from, down to the states ANTLR adds to it afterwards.
 */
class PredictionDfaFileTest {
    private static final Path FIXTURES = Path.of("../test-fixtures/fixtures");

    private final List<ParserATNSimulator> grammars = Recognizers.sharedPrediction();

    @BeforeEach
    void shippedDfasSettled() {
        // Settles the once-per-process load before a test empties or replaces the DFAs itself.
        ShippedPrediction.installOnce();
    }

    /** Fails the build when the jar would ship a file that start-up refuses (stale, or unreadable). */
    @Test
    void theShippedFileOfEachGrammarLoads() {
        for (ParserATNSimulator grammar : grammars) {
            DFA[] shipped = ShippedPrediction.shipped(grammar.getParser());
            assertNotNull(shipped, PredictionDfaFile.resourceName(grammar.getParser()) + " is missing or stale");
            assertTrue(states(shipped) > 0, "no states in " + PredictionDfaFile.resourceName(grammar.getParser()));
        }
    }

    @Test
    void readBackItIsWrittenByteForByte() {
        for (ParserATNSimulator grammar : grammars) {
            byte[] file = shippedFile(grammar.getParser());
            assertArrayEquals(file, PredictionDfaWriter.write(grammar.getParser(), PredictionDfaReader.read(file, grammar.getParser())));
        }
    }

    @Test
    void aFileOfAnotherAtnIsNotLoaded() {
        Parser sql = grammars.get(0).getParser();
        Parser plPgSql = grammars.get(1).getParser();
        assertNull(PredictionDfaReader.read(shippedFile(sql), plPgSql));
        byte[] changed = shippedFile(sql);
        changed[10] ^= 1; // in the fingerprint, after the magic number and the format version
        assertNull(PredictionDfaReader.read(changed, sql));
    }

    /**
     * The states ANTLR adds to a loaded DFA on a miss are those it adds to the DFA the file was
     * written from: a process that parsed the first half of the fixtures and then the second has
     * the same DFAs as one that loaded the first half's file and then parsed the second.
     */
    @Test
    void aLoadedDfaGrowsAsTheOneItWasWrittenFrom() {
        List<Path> scripts = scripts();
        List<Path> first = scripts.subList(0, scripts.size() / 2);
        List<Path> second = scripts.subList(scripts.size() / 2, scripts.size());

        PredictionCache.trim(0);
        parse(first);
        List<byte[]> afterFirst = files();
        parse(second);
        List<byte[]> parsedThrough = files();

        PredictionCache.trim(0);
        for (int i = 0; i < grammars.size(); i++) {
            DFA[] loaded = PredictionDfaReader.read(afterFirst.get(i), grammars.get(i).getParser());
            System.arraycopy(loaded, 0, grammars.get(i).decisionToDFA, 0, loaded.length);
        }
        parse(second);
        List<byte[]> loadedThenParsed = files();

        for (int i = 0; i < grammars.size(); i++) {
            assertTrue(afterFirst.get(i).length < parsedThrough.get(i).length, "the second half adds states");
            assertArrayEquals(parsedThrough.get(i), loadedThenParsed.get(i), grammars.get(i).getParser().getGrammarFileName());
        }
        ShippedPrediction.install();
    }

    private List<byte[]> files() {
        return grammars.stream().map(grammar -> PredictionDfaWriter.write(grammar.getParser(), grammar.decisionToDFA)).toList();
    }

    private static void parse(List<Path> scripts) {
        ScriptParser parser = new ScriptParser();
        for (Path script : scripts) {
            try {
                parser.parse(new SourceFile(script, script.toString(), new String(Files.readAllBytes(script), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<Path> scripts() {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            List<Path> scripts = files.filter(file -> file.toString().endsWith(".sql")).sorted().toList();
            assertTrue(scripts.size() > 100, "fixtures not found in " + FIXTURES.toAbsolutePath());
            return scripts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] shippedFile(Parser grammar) {
        try (InputStream in = ShippedPrediction.class.getResourceAsStream(PredictionDfaFile.resourceName(grammar))) {
            assertNotNull(in, PredictionDfaFile.resourceName(grammar));
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int states(DFA[] dfas) {
        return Arrays.stream(dfas).mapToInt(dfa -> dfa.states.size()).sum();
    }
}
