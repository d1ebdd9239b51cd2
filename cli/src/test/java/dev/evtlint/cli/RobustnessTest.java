package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evtlint.report.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on hostile inputs, and the safety of what it writes. */
class RobustnessTest {
    private static final String LOGIN_WRITE = """
            CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO login_log VALUES (session_user, now());
            END $$;
            CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();
            """;

    @TempDir
    Path dir;

    private void hostileProject() throws IOException {
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("V1__login.sql"), LOGIN_WRITE);
        Files.write(db.resolve("V2__binary.sql"), new byte[] {0, 1, 2, 3, (byte) 0xFF});
        Files.write(db.resolve("V3__latin1.sql"), "SELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(db.resolve("V4__deep.sql"), "SELECT " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ";\n");
        Files.writeString(db.resolve("V5__unterminated.sql"), "SELECT $x$ never closed;\n");
        Files.createSymbolicLink(db.resolve("loop"), db);
        Files.createSymbolicLink(db.resolve("V6__gone.sql"), db.resolve("nowhere.sql"));
    }

    @Test
    void hostileFilesGetOneLineEachAndTheOrdinaryOnesAreStillReported() throws IOException {
        hostileProject();
        CliRun run = CliRun.in(dir, "check", "db");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertEquals("", run.err(), "no stack trace, nothing but the report");
        assertEquals(List.of(
                "db/V2__binary.sql: error: binary file (NUL byte at offset 0); not analysed",
                "db/V3__latin1.sql: error: not valid UTF-8: byte 0xE9 at offset 11 (line 1); convert the file to UTF-8",
                "db/V6__gone.sql: error: dangling symbolic link (its target does not exist)"),
                run.out().lines().filter(line -> line.matches("db/V\\d__\\w+\\.sql: error: .*")).toList());
        assertTrue(run.out().contains("db/V1__login.sql:3:3: error: "), run.out());
        assertTrue(run.out().contains("db/V4__deep.sql:1:") && run.out().contains("nested more than 256 levels"), run.out());
        assertTrue(run.out().contains("db/V5__unterminated.sql:1:"), run.out());
    }

    @Test
    void aNegativeFileTimeoutIsAUsageError() {
        CliRun run = CliRun.in(dir, "check", "--file-timeout=-1");
        assertTrue(run.isOneLineUsageError(), run.toString());
        assertEquals("evtlint: error: --file-timeout must be 0 (no limit) or more seconds, not -1\n", run.err());
        assertEquals(0, CliRun.in(dir, "check", "--file-timeout=0").exitCode());
    }

    @Test
    void inputFilesAreNeverWritten() throws IOException {
        hostileProject();
        Map<Path, Snapshot> before = snapshot(dir.resolve("db"));
        CliRun.in(dir, "check", "--format", "sarif", "--output", "db/report.sarif", "db");
        CliRun.in(dir, "check", "--format", "json", "db");
        Map<Path, Snapshot> after = snapshot(dir.resolve("db"));
        after.remove(dir.resolve("db/report.sarif"));
        assertEquals(before.keySet(), after.keySet(), "no file is added or removed beside the report");
        for (Path file : before.keySet()) {
            assertArrayEquals(before.get(file).content(), after.get(file).content(), file.toString());
            assertEquals(before.get(file).modified(), after.get(file).modified(), file.toString());
        }
    }

    private record Snapshot(byte[] content, FileTime modified) {
    }

    private static Map<Path, Snapshot> snapshot(Path folder) throws IOException {
        Map<Path, Snapshot> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(path, new Snapshot(Files.readAllBytes(path), Files.getLastModifiedTime(path)));
            }
        }
        return files;
    }

    @Test
    void theSameInputGivesByteIdenticalSarifWhateverTheJobs() throws IOException {
        hostileProject();
        for (int i = 0; i < 6; i++) {
            Files.writeString(dir.resolve("db/V1_" + i + "__more.sql"), LOGIN_WRITE.replace("on_login", "on_login_" + i));
        }
        List<byte[]> reports = new ArrayList<>();
        for (String jobs : List.of("1", "2", "4", "1", "4")) {
            Path report = dir.resolve("report-" + reports.size() + ".sarif");
            CliRun.in(dir, "check", "--format", "sarif", "--jobs", jobs, "--output", report.toString(), "db");
            reports.add(Files.readAllBytes(report));
        }
        JsonNode results = new ObjectMapper().readTree(reports.get(0)).path("runs").path(0).path("results");
        assertEquals(7, results.findValuesAsText("ruleId").stream().filter("EVT101"::equals).count(), results::toString);
        for (byte[] report : reports) {
            assertArrayEquals(reports.get(0), report);
        }
    }

    @Test
    void aReportThatFailsHalfWayLeavesTheOldFileWhole() throws IOException {
        Path report = dir.resolve("report.sarif");
        Files.writeString(report, "the previous report");
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(report, out -> {
            out.write("half of a new rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("the previous report", Files.readString(report));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(report), files.toList(), "no temporary file is left behind");
        }
    }

    /** As --output /dev/stdout or /dev/null would be: the report goes through, the FIFOs stay FIFOs. */
    @Test
    void reportsToFifosAreWrittenInPlace() throws Exception {
        hostileProject();
        Path report = fifo("report.fifo");
        Path baseline = fifo("baseline.fifo");
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), report);
        CompletableFuture<String> reportText = readAsync(report);
        CompletableFuture<String> baselineText = readAsync(baseline);
        CliRun run = CliRun.in(dir, "check", "--output", link.toString(), "--write-baseline", baseline.toString(),
                "db/V1__login.sql");
        assertEquals(ExitCodes.OK, run.exitCode(), "writing a baseline accepts the findings: " + run);
        assertTrue(reportText.get(30, TimeUnit.SECONDS).contains("db/V1__login.sql:3:3: error: "));
        assertTrue(baselineText.get(30, TimeUnit.SECONDS).contains("\"ruleId\": \"EVT101\""));
        for (Path fifo : List.of(report, baseline)) {
            assertTrue(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther(), fifo::toString);
        }
        assertTrue(Files.isSymbolicLink(link));
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        return fifo;
    }

    private static CompletableFuture<String> readAsync(Path fifo) {
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
