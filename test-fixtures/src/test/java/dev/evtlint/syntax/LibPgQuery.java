package dev.evtlint.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL 18's own parser, libpg_query compiled to WASM (the npm package libpg-query), run by
 * node: installed with npm into a folder of the build once, then one node process parses a whole
 * batch of statements sent as JSON lines (src/test/resources/libpg-query/judge.cjs).
 */
final class LibPgQuery {
    /** The version that made the pg-regress oracle (../shared/corpus/README.md). */
    private static final String VERSION = "18.1.5";
    static final String PACKAGE = "libpg-query@" + VERSION;
    private static final String SCRIPT = "judge.cjs";
    private static final long INSTALL_TIMEOUT_MINUTES = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What PostgreSQL's parser says of one statement; {@code error} is empty when it is accepted. */
    record Verdict(boolean accepted, String error) {
    }

    private final Path folder;

    private LibPgQuery(Path folder) {
        this.folder = folder;
    }

    /** The parser installed in {@code folder}, with npm if it is not there yet; node and npm must be on the PATH. */
    static LibPgQuery installedIn(Path folder) throws IOException, InterruptedException {
        Path absolute = folder.toAbsolutePath();
        Files.createDirectories(absolute);
        if (!installedVersion(absolute.resolve("node_modules/libpg-query/package.json")).equals(VERSION)) {
            run(List.of("npm", "install", "--no-audit", "--no-fund", "--silent", "--prefix", absolute.toString(), PACKAGE),
                    absolute.resolve("npm-install.log"));
        }
        try (InputStream script = LibPgQuery.class.getResourceAsStream("/libpg-query/" + SCRIPT)) {
            Files.copy(script, absolute.resolve(SCRIPT), StandardCopyOption.REPLACE_EXISTING);
        }
        return new LibPgQuery(absolute);
    }

    /** The version of the package installed there, or "" when there is none. */
    private static String installedVersion(Path packageJson) throws IOException {
        return Files.isRegularFile(packageJson) ? JSON.readTree(packageJson.toFile()).path("version").asText("") : "";
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " is not installed: the syntax judge needs node and npm"
                    + " (apt-get install nodejs npm; .ci/run installs them)", e);
        }
        if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    /** Each statement's verdict, in order, from one node process. */
    List<Verdict> parse(List<String> statements) throws IOException, InterruptedException {
        Process node;
        try {
            node = new ProcessBuilder("node", folder.resolve(SCRIPT).toString())
                    .redirectError(folder.resolve("node.log").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("node is not installed: the syntax judge needs node and npm"
                    + " (apt-get install nodejs npm; .ci/run installs them)", e);
        }
        // Written from another thread while this one reads: neither pipe may fill up and stall the other side.
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> send(node, statements));
        List<Verdict> verdicts = new ArrayList<>(statements.size());
        try (BufferedReader answers = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = answers.readLine(); line != null; line = answers.readLine()) {
                JsonNode answer = JSON.readTree(line);
                if (answer.get("id").asInt() != verdicts.size()) {
                    throw new IllegalStateException("libpg_query answered out of order: " + line);
                }
                verdicts.add(new Verdict(answer.get("ok").asBoolean(), answer.path("error").asText("")));
            }
        }
        writing.join();
        if (node.waitFor() != 0 || verdicts.size() != statements.size()) {
            throw new IllegalStateException("node " + SCRIPT + " ended with exit code " + node.exitValue() + " after "
                    + verdicts.size() + " of " + statements.size() + " statements; see " + folder.resolve("node.log"));
        }
        return verdicts;
    }

    private static void send(Process node, List<String> statements) {
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8))) {
            for (int id = 0; id < statements.size(); id++) {
                out.write(JSON.writeValueAsString(Map.of("id", id, "sql", statements.get(id))));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
