package dev.evtlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    private final SourceReader reader = new SourceReader();

    private SourceReader.Outcome decode(byte[] bytes) {
        return reader.decode(bytes, null, "f.sql");
    }

    private static byte[] concat(byte[] prefix, String text, java.nio.charset.Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return all;
    }

    @Test
    void aUtf8ByteOrderMarkIsNotPartOfTheText() {
        SourceFile file = decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "SELECT 1;", StandardCharsets.UTF_8)).source();
        assertEquals("SELECT 1;", file.text());
        SourceRange range = file.range(7, 8);
        assertEquals(1, range.startLine());
        assertEquals(8, range.startColumn());
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() {
        SourceFile file = decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "SELECT 'é';", StandardCharsets.UTF_16LE)).source();
        assertEquals("SELECT 'é';", file.text());
    }

    @Test
    void invalidUtf8IsReportedWithItsByteAndLine() {
        byte[] bytes = "SELECT 1;\nSELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1);
        SourceReader.Outcome outcome = decode(bytes);
        assertFalse(outcome.ok());
        assertEquals("not valid UTF-8: byte 0xE9 at offset 21 (line 2); convert the file to UTF-8", outcome.problem());
    }

    @Test
    void overlongEncodingsEncodedSurrogatesAndATruncatedEndAreNotUtf8() {
        assertEquals("not valid UTF-8: byte 0xC0 at offset 8 (line 1); convert the file to UTF-8",
                decode(new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'', (byte) 0xC0, (byte) 0xAF, '\''}).problem());
        assertEquals("not valid UTF-8: byte 0xED at offset 0 (line 1); convert the file to UTF-8",
                decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).problem());
        assertEquals("not valid UTF-8: byte 0xE2 at offset 4 (line 2); convert the file to UTF-8",
                decode(new byte[] {'-', '-', ' ', '\n', (byte) 0xE2, (byte) 0x82}).problem());
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsFirstCharacter() {
        String text = "-- h\u00e9llo\nSELECT 1;\n";
        assertEquals(text, decode(text.getBytes(StandardCharsets.UTF_16LE)).source().text());
        assertEquals(text, decode(text.getBytes(StandardCharsets.UTF_16BE)).source().text());
    }

    /** What the bytes read give as UTF-8, worked out again from the text, for every encoding read. */
    @Test
    void theBytesReadAsUtf8AreTheBytesOfTheFileWhateverItsEncoding() {
        String text = "-- h\u00e9llo \uD83D\uDE00\r\nSELECT 1;\n";
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf16BeBom = {(byte) 0xFE, (byte) 0xFF};
        byte[] utf16LeBom = {(byte) 0xFF, (byte) 0xFE};
        for (byte[] bytes : java.util.List.of(text.getBytes(StandardCharsets.UTF_8),
                concat(utf8Bom, text, StandardCharsets.UTF_8),
                text.getBytes(StandardCharsets.UTF_16BE), text.getBytes(StandardCharsets.UTF_16LE),
                concat(utf16BeBom, text, StandardCharsets.UTF_16BE), concat(utf16LeBom, text, StandardCharsets.UTF_16LE))) {
            SourceFile file = decode(bytes).source();
            assertEquals(text, file.text());
            assertEquals(new String(bytes, StandardCharsets.UTF_8), file.bytesAsUtf8());
        }
    }

    @Test
    void aNulByteMeansBinary() {
        SourceReader.Outcome outcome = decode(new byte[] {'S', 0, 'Q'});
        assertFalse(outcome.ok());
        assertTrue(outcome.problem().startsWith("binary file"), outcome.problem());
    }

    @Test
    void tabsCountAsOneColumnAndCrLfEndsALine() {
        SourceFile file = decode("\tSELECT 1;\r\n\tSELECT 2;".getBytes(StandardCharsets.UTF_8)).source();
        SourceRange second = file.range(file.text().indexOf("SELECT 2"), file.text().length());
        assertEquals(2, second.startLine());
        assertEquals(2, second.startColumn());
        assertEquals("\tSELECT 2;", file.lineText(2));
    }

    @Test
    void aFileDeletedAfterDiscoveryIsAProblemOfThatFileNotAnError(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("gone.sql"), "SELECT 1;\n");
        Files.delete(script);
        SourceReader.Outcome outcome = new SourceReader().read(script, "gone.sql");
        assertFalse(outcome.ok());
        assertEquals("cannot read file: no such file", outcome.problem());
    }
}
