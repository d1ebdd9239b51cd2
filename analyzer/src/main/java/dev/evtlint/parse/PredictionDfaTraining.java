package dev.evtlint.parse;

import dev.evtlint.ast.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.atn.ParserATNSimulator;

/**
 * Builds the prediction DFAs shipped in the jar ({@link ShippedPrediction}), at build time (the
 * analyzer's POM runs it after compiling): parses the project's own scripts, in the order of their
 * paths so that the file is the same from build to build, from empty DFAs, and writes each
 * grammar's DFAs as they then stand.
 *
 * <p>Usage: {@code PredictionDfaTraining OUTPUT_FOLDER INPUT...}, where an input is a .sql file
 * or a folder searched for them.
 */
public final class PredictionDfaTraining {
    private PredictionDfaTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: PredictionDfaTraining OUTPUT_FOLDER INPUT...");
        }
        List<Path> scripts = scripts(args);
        if (scripts.isEmpty()) {
            throw new IllegalArgumentException("no .sql files in " + List.of(args).subList(1, args.length));
        }
        ShippedPrediction.forgo();
        PredictionCache.trim(0);
        ScriptParser parser = new ScriptParser();
        for (Path script : scripts) {
            String text = new String(Files.readAllBytes(script), StandardCharsets.UTF_8);
            parser.parse(new SourceFile(script, script.toString(), text));
        }
        Path output = Path.of(args[0]);
        Files.createDirectories(output);
        for (ParserATNSimulator prediction : Recognizers.sharedPrediction()) {
            byte[] file = PredictionDfaWriter.write(prediction.getParser(), prediction.decisionToDFA);
            Files.write(output.resolve(PredictionDfaFile.resourceName(prediction.getParser())), file);
        }
        System.out.printf("prediction DFAs: %d states from %d scripts%n", PredictionCache.states(), scripts.size());
    }

    private static List<Path> scripts(String[] args) throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> files = Files.walk(Path.of(args[i]))) {
                files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".sql"))
                        .sorted()
                        .forEach(scripts::add);
            }
        }
        return scripts;
    }
}
