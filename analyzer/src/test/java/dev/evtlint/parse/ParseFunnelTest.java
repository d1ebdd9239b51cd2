package dev.evtlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every way into the parsers goes through one funnel ({@link SqlParsing#tree}): no code of the
 * project, main or test, makes a parser or runs the two-stage parse anywhere else, so that none
 * parses without the nesting guard, the error listener or the mapping of positions to the file.
 */
class ParseFunnelTest {
    /** Each way into the parsers, and the one source file that may take it. */
    private static final Map<String, String> WAYS_IN = Map.of(
            "new PostgreSqlParser(", "Recognizers.java",
            "new PlPgSqlParser(", "Recognizers.java",
            "TwoStageParse.run(", "SqlParsing.java");
    private static final Path PROJECT = Path.of("..");

    @Test
    void onlyTheFunnelMakesParsersOrRunsThem() throws IOException {
        List<Path> sources = javaSources();
        assertTrue(sources.size() > 100, "found the project's sources from " + PROJECT.toAbsolutePath());
        List<String> elsewhere = sources.stream()
                .flatMap(file -> WAYS_IN.entrySet().stream()
                        .filter(way -> !file.getFileName().toString().equals(way.getValue()) && read(file).contains(way.getKey()))
                        .map(way -> file + ": " + way.getKey()))
                .toList();
        assertEquals(List.of(), elsewhere);
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(PROJECT)) {
            return files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/src/")
                            && !file.toString().contains("/target/") && !file.endsWith("ParseFunnelTest.java"))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
