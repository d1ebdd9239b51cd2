package dev.evtlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar evtlint.jar} runs evtlint in a second JVM with lib/jvm.options
 * ({@link TunedJvm}): what the user sees (standard output and error, exit code, standard input)
 * is what evtlint run in the first JVM gives, the class-data archive is made in the user's cache
 * by the first check and only then, and the second JVM ends with the first.
 */
class TunedJvmIT {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path folder;
    private Path jar = ProcessRun.jar();

    @Test
    void aCheckGivesWhatTheFirstJvmGivesAndMakesTheArchiveOnce() throws Exception {
        Files.writeString(folder.resolve("bad.sql"), LoginScripts.UNGUARDED_LOGIN_WRITE);
        Run here = run(Map.of(TunedJvm.SWITCH, "0"), "", "-jar", "check", "bad.sql");
        assertEquals(List.of(), archives(), "EVTLINT_RELAUNCH=0: no second JVM, so no archive");

        Run first = run(Map.of(), "", "-jar", "check", "bad.sql");
        List<Path> made = archives();
        Run second = run(Map.of(), "", "-jar", "check", "bad.sql");

        assertEquals(1, here.exitCode(), here::toString);
        assertTrue(here.out().contains("bad.sql:3:3: error: INSERT in login function log_login()"), here::toString);
        for (Run tuned : List.of(first, second)) {
            assertEquals(here, tuned);
        }
        assertEquals(1, made.size(), made::toString);
        assertEquals(made, archives(), "the second check maps the archive the first made");
    }

    @Test
    void aRebuiltJarsArchiveReplacesTheOldOne() throws Exception {
        jar = Files.copy(ProcessRun.jar(), folder.resolve("evtlint.jar"));
        Files.writeString(folder.resolve("bad.sql"), LoginScripts.UNGUARDED_LOGIN_WRITE);
        run(Map.of(), "", "-jar", "check", "bad.sql");
        List<Path> before = archives();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Run rebuilt = run(Map.of(), "", "-jar", "check", "bad.sql");
        List<Path> after = archives();

        assertEquals(1, rebuilt.exitCode(), rebuilt::toString);
        assertEquals(1, before.size(), before::toString);
        assertEquals(1, after.size(), after::toString);
        assertNotEquals(before, after);
    }

    @Test
    void standardInputUsageErrorsAndOtherCommandsPassThrough() throws Exception {
        for (List<String> arguments : List.of(List.of("--version"), List.of("rules"), List.of("check", "--no-such-option"))) {
            assertSameInBothJvms(arguments);
        }
        assertEquals(List.of(), archives(), "only a check that ends with its findings makes the archive");

        assertSameInBothJvms(List.of("check", "-"));
        assertEquals(1, archives().size(), archives()::toString);
    }

    private void assertSameInBothJvms(List<String> arguments) throws Exception {
        String[] command = Stream.concat(Stream.of("-jar"), arguments.stream()).toArray(String[]::new);
        Run here = run(Map.of(TunedJvm.SWITCH, "0"), LoginScripts.UNGUARDED_LOGIN_WRITE, command);
        Run tuned = run(Map.of(), LoginScripts.UNGUARDED_LOGIN_WRITE, command);
        assertEquals(here, tuned, arguments::toString);
    }

    @Test
    void aJvmStartedWithOptionsKeepsEvtlint() throws Exception {
        Files.writeString(folder.resolve("bad.sql"), LoginScripts.UNGUARDED_LOGIN_WRITE);
        Run run = run(Map.of(), "", "-Xss2m", "-jar", "check", "bad.sql");

        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(List.of(), archives(), "an option before -jar: the user chose the JVM");
    }

    @Test
    void theSecondJvmEndsWithTheFirst() throws Exception {
        Process first = new ProcessBuilder(command("-jar", "lsp")).directory(folder.toFile()).start();
        try {
            ProcessHandle second = waitForChild(first);
            first.destroy();

            second.onExit().get(60, TimeUnit.SECONDS);
            assertFalse(second.isAlive());
        } finally {
            first.destroyForcibly();
        }
    }

    private static ProcessHandle waitForChild(Process process) throws InterruptedException {
        for (int tries = 0; tries < 600; tries++) {
            var child = process.toHandle().children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no second JVM within a minute");
    }

    private List<Path> archives() throws IOException {
        Path cache = folder.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** {@code java ARGS} with the jar after {@code -jar}, in the test's folder and with the cache there. */
    private Run run(Map<String, String> environment, String stdin, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command(args)).directory(folder.toFile());
        builder.environment().put("XDG_CACHE_HOME", folder.resolve("cache").toString());
        builder.environment().remove(TunedJvm.SWITCH);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("java " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err.get(), StandardCharsets.UTF_8));
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        for (String arg : args) {
            command.add(arg);
            if (arg.equals("-jar")) {
                command.add(jar.toString());
            }
        }
        return command;
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(int exitCode, String out, String err) {
    }
}
