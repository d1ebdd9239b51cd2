package dev.evtlint.parse;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.script.ScriptFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the syntax trees of every .sql file under some folders, as {@link AstText}, to a gzip
 * file: run before and after a change to the parser that must keep the trees, and compare the two
 * files (they must be identical). Not a test: the folders (../shared's corpora) are not the
 * project's. Usage: {@code AstDump OUT.gz FOLDER...}
 */
public final class AstDump {
    private AstDump() {
    }

    public static void main(String[] args) throws IOException {
        ScriptParser parser = new ScriptParser();
        int files = 0;
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(Path.of(args[0]))),
                StandardCharsets.UTF_8)) {
            for (int i = 1; i < args.length; i++) {
                for (Path path : sqlFiles(Path.of(args[i]))) {
                    ScriptFile script = parser.parse(new SourceFile(path, path.toString(), text(path)));
                    out.write("== " + path + "\n");
                    out.write(AstText.of(script.statements()));
                    out.write(AstText.of(script.syntaxErrors()));
                    files++;
                }
            }
        }
        System.out.println(files + " files");
    }

    private static List<Path> sqlFiles(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(".sql") && Files.isRegularFile(path)).sorted().toList();
        }
    }

    /** UTF-8, or Latin-1 for the few files in another encoding (Latin-1 never fails). */
    private static String text(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
