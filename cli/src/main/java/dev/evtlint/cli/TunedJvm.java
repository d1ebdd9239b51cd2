package dev.evtlint.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code java -jar evtlint.jar} runs evtlint in a JVM made for long-running servers: both JIT
 * compilers, the G1 collector, no class-data archive of evtlint's classes. On a check of a few
 * seconds that costs about twice the CPU time of the JVM options the launchers use
 * (lib/jvm.options, docs/performance.md), and a jar cannot choose its JVM's options. So when
 * {@code java} was started with no option at all, evtlint starts a second JVM with those options
 * and the same arguments, and returns its exit code: it inherits standard input, output and
 * error, the working directory and the environment, and is stopped when this JVM is.
 *
 * <p>Any option before {@code -jar} (or {@code -cp}) means the JVM was chosen, by a person or by a
 * launcher ({@code bin/evtlint}, {@code ./evtlint}, this class's second JVM): evtlint then runs
 * where it is. {@code EVTLINT_RELAUNCH=0} turns the second JVM off.
 *
 * <p>The first JVM interprets all of this once, so it is written without lambdas and without
 * {@code +} on strings ({@link ClassDataArchive} too): each would have the JVM generate classes at
 * run time (method handles for the concatenation), a good part of this JVM's own CPU time.
 */
final class TunedJvm {
    /** {@code 0} keeps evtlint in the JVM {@code java -jar} started. */
    static final String SWITCH = "EVTLINT_RELAUNCH";
    /** lib/jvm.options of the distribution, bundled in the jar (cli/pom.xml). */
    private static final String OPTIONS = "jvm.options";

    private TunedJvm() {
    }

    /**
     * Runs {@code args} in a JVM with evtlint's options when this one was started without any,
     * and returns its exit code; empty when evtlint should run here (also when the second JVM
     * cannot be started: evtlint is slower then, not broken).
     */
    static OptionalInt run(String[] args) {
        if ("0".equals(System.getenv(SWITCH)) || !startedWithoutOptions()) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = thisJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> options = options();
        if (jar.isEmpty() || !Files.isExecutable(java) || options.isEmpty()) {
            return OptionalInt.empty();
        }
        ClassDataArchive archive = ClassDataArchive.forJar(jar.get(), args);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.addAll(archive.options());
        command.add("-jar");
        command.add(jar.get().toString());
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // SIGTERM, SIGINT or System.exit from elsewhere end this JVM: the second one goes with it.
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                process.destroy();
            }
        }));
        int exitCode = waitFor(process);
        archive.keepIfMade(exitCode == ExitCodes.OK || exitCode == ExitCodes.FINDINGS);
        return OptionalInt.of(exitCode);
    }

    /** {@code java -jar FILE ...} with nothing before {@code -jar}, as far as the system tells. */
    private static boolean startedWithoutOptions() {
        String[] arguments = ProcessHandle.current().info().arguments().orElse(new String[0]);
        return arguments.length > 0 && arguments[0].equals("-jar");
    }

    private static Optional<Path> thisJar() {
        CodeSource source = TunedJvm.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The options of lib/jvm.options: one a line, without the comments. */
    private static List<String> options() {
        List<String> options = new ArrayList<>();
        try (InputStream in = TunedJvm.class.getResourceAsStream(OPTIONS)) {
            if (in == null) {
                return options;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String option = line.strip();
                if (!option.isEmpty() && !option.startsWith("#")) {
                    options.add(option);
                }
            }
        } catch (IOException e) {
            options.clear();
        }
        return options;
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            // Nothing in evtlint interrupts its main thread; should something, the second JVM goes too.
            Thread.currentThread().interrupt();
            process.destroy();
            return ExitCodes.INTERNAL_ERROR;
        }
    }
}
