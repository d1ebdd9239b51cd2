package dev.evtlint.cli;

import dev.evtlint.report.ToolInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The class-data sharing archive of {@link TunedJvm}'s second JVM: the classes a check loads,
 * parsed and verified once and mapped by every later run (about a third less CPU time on one small
 * file). It lives where bin/evtlint keeps its own, in the user's cache folder
 * ($XDG_CACHE_HOME/evtlint/VERSION/, else ~/.cache/evtlint/VERSION/), under a name that holds a
 * checksum of where the jar is and one of what it is and of the JDK, so that another jar or JDK
 * makes its own archive rather than reuse one the JVM would refuse; a new archive replaces those
 * of earlier jars at the same place (a developer's rebuilt jar, an updated download; also another
 * JDK's), so the cache holds one archive per jar location. The first {@code check} that finds none makes it as it exits
 * ({@code -XX:ArchiveClassesAtExit}), under a temporary name renamed when the check has ended
 * well, so that JVMs running at the same time never map half an archive. Where the cache cannot be
 * written, the second JVM runs without an archive.
 */
final class ClassDataArchive {
    private static final ClassDataArchive NONE = new ClassDataArchive(null, null, null);

    private static final String PREFIX = "evtlint-jar-";
    private static final String SUFFIX = ".jsa";

    private final Path archive;
    private final Path beingMade;
    /** The start of the names of this jar location's archives, older ones included. */
    private final String location;

    private ClassDataArchive(Path archive, Path beingMade, String location) {
        this.archive = archive;
        this.beingMade = beingMade;
        this.location = location;
    }

    /** The archive for {@code jar} in this JDK; one is made only by a check, which loads what checks need. */
    static ClassDataArchive forJar(Path jar, String[] args) {
        Path folder = cacheFolder();
        if (folder == null) {
            return NONE;
        }
        try {
            String location = String.join("", PREFIX, checksum(jar.toAbsolutePath().toString()), "-");
            Path archive = folder.resolve(String.join("", location, checksum(jarAndJdk(jar)), SUFFIX));
            if (Files.isRegularFile(archive) || args.length == 0 || !args[0].equals("check")) {
                return new ClassDataArchive(archive, null, location);
            }
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) {
                return new ClassDataArchive(archive, null, location);
            }
            String temporaryName = String.join(".", archive.getFileName().toString(), Long.toString(ProcessHandle.current().pid()));
            return new ClassDataArchive(archive, folder.resolve(temporaryName), location);
        } catch (IOException e) {
            return NONE;
        }
    }

    /** The JVM options that map the archive or make it; none when there is neither. */
    List<String> options() {
        if (beingMade != null) {
            return List.of("-XX:ArchiveClassesAtExit=".concat(beingMade.toString()));
        }
        if (archive != null && Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=".concat(archive.toString()));
        }
        return List.of();
    }

    /** Puts the archive made by a run in its place when the run ended well, else removes it. */
    void keepIfMade(boolean endedWell) {
        if (beingMade == null) {
            return;
        }
        try {
            if (endedWell && Files.isRegularFile(beingMade)) {
                Files.move(beingMade, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeEarlierArchives();
            } else {
                Files.deleteIfExists(beingMade);
            }
        } catch (IOException e) {
            // A cache that cannot be written leaves the next run without an archive, nothing more.
        }
    }

    /** The archives of earlier jars at this jar's place: the JVM would refuse them for this one. */
    private void removeEarlierArchives() throws IOException {
        try (DirectoryStream<Path> earlier = Files.newDirectoryStream(archive.getParent(), String.join("", location, "*", SUFFIX))) {
            for (Path file : earlier) {
                if (!file.equals(archive)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static Path cacheFolder() {
        String cache = System.getenv("XDG_CACHE_HOME");
        String home = System.getenv("HOME");
        Path root;
        if (cache != null && !cache.isEmpty()) {
            root = Path.of(cache);
        } else if (home != null && !home.isEmpty()) {
            root = Path.of(home, ".cache");
        } else {
            return null;
        }
        return root.resolve("evtlint").resolve(ToolInfo.version());
    }

    /** What else decides whether the JVM accepts an archive: the jar's size and time, and the JDK. */
    private static String jarAndJdk(Path jar) throws IOException {
        return String.join("\n", Long.toString(Files.size(jar)), Long.toString(Files.getLastModifiedTime(jar).toMillis()),
                System.getProperty("java.home"), System.getProperty("java.vm.version"));
    }

    private static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
