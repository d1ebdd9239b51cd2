package dev.evtlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of an outside program (a script of the repository, pre-commit) with an environment of
 * the test's choosing, and what it printed, standard output and error together as a log shows them.
 */
record ProcessRun(int exitCode, String output) {
    /** The built jar, which the integration-test phase runs after package. */
    static final Path JAR = Path.of(System.getProperty("evtlint.jar", "target/evtlint.jar")).toAbsolutePath();
    /** The repository root: tests run in the module's folder. */
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    /**
     * Runs {@code command} in {@code directory} with only {@code environment} and the variables a
     * shell needs (PATH, HOME, JAVA_HOME), so that no variable of the machine changes the outcome.
     */
    static ProcessRun of(Path directory, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().retainAll(List.of("PATH", "HOME", "JAVA_HOME", "LANG"));
        env.putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish");
        }
        return new ProcessRun(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** The jar, checked to be there: these tests run after {@code package}, never on their own. */
    static Path jar() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the integration tests with mvn verify");
        }
        return JAR;
    }
}
