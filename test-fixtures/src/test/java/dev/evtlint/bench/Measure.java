package dev.evtlint.bench;

import dev.evtlint.ast.SourceFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** What the benchmarks share: the corpus they read, the clock they trust, medians. */
final class Measure {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Measure() {
    }

    /**
     * The CPU time of the calling thread, in seconds: other processes on a loaded machine disturb
     * it far less than the wall clock.
     */
    static double cpuSeconds() {
        return THREADS.getCurrentThreadCpuTime() / 1e9;
    }

    /**
     * The CPU time of the whole process, in seconds: for work the calling thread hands to others
     * (the rules run on their own threads, also with one job). It includes the JIT compiler and the
     * collector, which are nearly idle once the code is warm.
     */
    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double megabytes(List<SourceFile> files) {
        return files.stream().mapToLong(f -> f.text().length()).sum() / 1e6;
    }

    static void print(String what, double seconds, double megabytes) {
        System.out.printf("  %-24s %7.3f s %7.2f MB/s%n", what, seconds, megabytes / seconds);
    }

    /** The .sql files of a folder, in path order. */
    static List<SourceFile> corpus(Path folder) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                // One file of the corpus is Windows-1252: read bytes as Latin-1, which never fails.
                files.add(new SourceFile(path, path.getFileName().toString(),
                        new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)));
            }
        }
        return files;
    }
}
