package dev.evtlint.conformance;

import dev.evtlint.ast.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ../shared/corpus/pg-regress: PostgreSQL's regression scripts and the oracle of PostgreSQL 18's
 * parser (byte ranges of statements and whether PostgreSQL accepts them).
 */
final class Corpus {
    static final Path ROOT = Path.of(System.getProperty("evtlint.shared.dir", "../../shared"), "corpus", "pg-regress");

    private static final Map<Path, Boolean> UTF8 = new HashMap<>();

    /** One row of oracle.tsv or plpgsql_oracle.tsv: a statement's byte range in a file, and the verdict. */
    record OracleRow(String file, int byteStart, int byteEnd, boolean accepted, String error) {
    }

    private Corpus() {
    }

    static boolean present() {
        return Files.isDirectory(ROOT.resolve("valid"));
    }

    static List<OracleRow> statements() {
        return rows("oracle.tsv", 0, 2, 3, 4, -1);
    }

    static List<OracleRow> plpgsqlBodies() {
        return rows("plpgsql_oracle.tsv", 0, 1, 2, 4, 5);
    }

    private static List<OracleRow> rows(String name, int file, int start, int end, int verdict, int error) {
        List<OracleRow> rows = new ArrayList<>();
        for (String line : lines(ROOT.resolve(name)).subList(1, lines(ROOT.resolve(name)).size())) {
            String[] c = line.split("\t", -1);
            rows.add(new OracleRow(c[file], Integer.parseInt(c[start]), Integer.parseInt(c[end]), c[verdict].equals("t"),
                    error >= 0 && error < c.length ? c[error] : ""));
        }
        return rows;
    }

    /** A corpus file as text; the one file not in UTF-8 is read as Windows-1252, as its name says. */
    static SourceFile source(String folder, String file) {
        Path path = ROOT.resolve(folder).resolve(file);
        byte[] bytes = bytes(path);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return new SourceFile(path, folder + "/" + file, text);
    }

    /** The char offset in a corpus file's text of a byte offset in the file. */
    static int charOffset(SourceFile file, int byteOffset) {
        return isUtf8(file) ? charOffset(file.text(), byteOffset) : byteOffset;
    }

    /** Windows-1252 has one byte per character; every other corpus file is UTF-8. */
    private static boolean isUtf8(SourceFile file) {
        return UTF8.computeIfAbsent(file.path(), Corpus::isUtf8);
    }

    private static boolean isUtf8(Path path) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes(path)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The char offset in {@code text} of a byte offset in its UTF-8 encoding. */
    private static int charOffset(String text, int byteOffset) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (bytes >= byteOffset) {
                return i;
            }
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }
        return text.length();
    }

    static List<String> files(String folder) {
        try (var entries = Files.list(ROOT.resolve(folder))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
