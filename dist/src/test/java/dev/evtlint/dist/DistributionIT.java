package dev.evtlint.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release files as a user gets them (after package, on what the build made in target/): the
 * archive unpacked into an empty folder outside the repository, bin/evtlint run from another
 * folder and through symbolic links, and the jar run with java -jar.
 */
class DistributionIT {
    private static final String VERSION = System.getProperty("evtlint.version");
    private static final Path RELEASE_DIR = Path.of(System.getProperty("evtlint.release.dir"));
    private static final String TOP = "evtlint-" + VERSION + "/";
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    /** A login trigger that writes on every connection, hot standbys included. */
    private static final String SCRIPT = """
            CREATE TABLE logins (who text);

            CREATE FUNCTION note_login() RETURNS event_trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO logins VALUES (session_user);
            END;
            $$;

            CREATE EVENT TRIGGER note_login ON login EXECUTE FUNCTION note_login();
            """;
    private static final String FINDING =
            "db/login.sql:5:3: error: INSERT in login function note_login() runs on hot standbys too";
    private static final String FINDING_ID = "[EVT101 login-write-without-recovery-guard]";

    /** The Maven coordinates a bundled jar leaves in the shaded jar (picocli leaves none). */
    private static final Pattern BUNDLED_LIBRARY = Pattern.compile("META-INF/maven/([^/]+)/([^/]+)/pom\\.properties");

    @TempDir
    Path temp;
    private Path install;
    private Path project;
    private Path cache;

    @BeforeEach
    void unpackAndWriteAProject() throws IOException, InterruptedException {
        install = Files.createDirectory(temp.resolve("opt"));
        Processes.Result untar = Processes.run(install, Map.of(),
                List.of("tar", "xzf", archive(".tar.gz").toString()));
        assertEquals(0, untar.exitCode(), untar::toString);
        project = temp.resolve("project");
        Files.createDirectories(project.resolve("db"));
        Files.writeString(project.resolve("db/login.sql"), SCRIPT);
        cache = temp.resolve("cache");
    }

    @Test
    void theArchivesHoldTheLauncherTheJarAndTheLicences() throws IOException {
        List<String> tarEntries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(install)) {
            files.filter(Files::isRegularFile).forEach(file -> tarEntries.add(install.relativize(file).toString()));
        }
        for (String expected : List.of("bin/evtlint", "bin/evtlint.cmd", "lib/evtlint.jar", "lib/jvm.options",
                "LICENSE", "NOTICE", "README.md", "licenses/antlr4-runtime.txt", "examples/login-audit.sql")) {
            assertTrue(tarEntries.contains(TOP + expected), expected + " in " + tarEntries);
        }
        assertTrue(Files.isExecutable(install.resolve(TOP + "bin/evtlint")));
        assertEquals(-1, Files.mismatch(install.resolve(TOP + "lib/evtlint.jar"), releaseJar()),
                "lib/evtlint.jar is the released jar");

        TreeSet<String> zipEntries = new TreeSet<>();
        try (ZipFile zip = ZipFile.builder().setPath(archive(".zip")).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (!entry.isDirectory()) {
                    zipEntries.add(entry.getName());
                }
            }
            assertEquals(0755, zip.getEntry(TOP + "bin/evtlint").getUnixMode() & 0777, "bin/evtlint executable");
        }
        assertEquals(new TreeSet<>(tarEntries), zipEntries, "the zip holds what the tar.gz holds");
    }

    @Test
    void theNoticeNamesEveryLibraryTheJarBundles() throws IOException {
        String notice = Files.readString(install.resolve(TOP + "NOTICE"));
        List<String> bundled = new ArrayList<>();
        try (ZipFile jar = ZipFile.builder().setPath(releaseJar()).get()) {
            for (ZipArchiveEntry entry : Collections.list(jar.getEntries())) {
                Matcher library = BUNDLED_LIBRARY.matcher(entry.getName());
                if (library.matches() && !library.group(1).equals("dev.evtlint")) {
                    bundled.add(library.group(2));
                }
            }
        }
        assertTrue(bundled.size() >= 6, bundled::toString);
        for (String library : bundled) {
            assertTrue(notice.contains(library), library + " is in the jar, but NOTICE does not name it");
        }
    }

    @Test
    void theLauncherRunsFromAnotherFolderThroughLinksAndMakesItsArchiveInTheCache() throws Exception {
        // A relative link to a link, as /usr/local/bin/evtlint -> ... often is.
        Path links = Files.createDirectory(temp.resolve("links"));
        Files.createSymbolicLink(links.resolve("evtlint-real"), install.resolve(TOP + "bin/evtlint"));
        Files.createSymbolicLink(links.resolve("evtlint"), Path.of("evtlint-real"));

        Processes.Result first = check(links.resolve("evtlint"), Map.of());
        assertFinding(first);
        Path archive = onlyArchive();

        Path classLog = temp.resolve("classes.log");
        Processes.Result second = check(links.resolve("evtlint"),
                Map.of("EVTLINT_OPTS", "-Xlog:class+load=info:file=" + classLog));
        assertFinding(second);
        assertEquals(archive, onlyArchive(), "the second run makes no archive");
        String classes = Files.readString(classLog);
        assertTrue(classes.contains("dev.evtlint.cli.EvtlintCommand source: shared objects file"),
                "the second run maps evtlint's classes from the archive");
    }

    @Test
    void anotherJarMakesAnArchiveOfItsOwn() throws Exception {
        Path launcher = install.resolve(TOP + "bin/evtlint");
        assertFinding(check(launcher, Map.of()));
        Path first = onlyArchive();
        Path jar = install.resolve(TOP + "lib/evtlint.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(jar).toInstant().minus(Duration.ofDays(1))));

        assertFinding(check(launcher, Map.of()));

        try (Stream<Path> archives = Files.list(cacheFolder())) {
            assertEquals(2, archives.count(), "a new archive beside " + first);
        }
    }

    @Test
    void anUnwritableCacheIsSkippedSilently() throws Exception {
        Files.writeString(temp.resolve("not-a-folder"), "");
        Processes.Result result = check(install.resolve(TOP + "bin/evtlint"),
                Map.of("XDG_CACHE_HOME", temp.resolve("not-a-folder").toString()));
        assertFinding(result);
        assertEquals("", result.err());
    }

    @Test
    void theLauncherFindsJavaOnThePathAndSaysWhenThereIsNone() throws Exception {
        Path launcher = install.resolve(TOP + "bin/evtlint");
        Map<String, String> noJavaHome = new HashMap<>();
        noJavaHome.put("JAVA_HOME", null);
        noJavaHome.put("PATH", JAVA_HOME.resolve("bin") + ":/usr/bin:/bin");
        assertFinding(check(launcher, noJavaHome));

        Processes.Result wrongHome = check(launcher, Map.of("JAVA_HOME", temp.resolve("no-jdk").toString()));
        assertEquals(2, wrongHome.exitCode(), wrongHome::toString);
        assertTrue(wrongHome.err().contains("evtlint needs Java 17 or later"), wrongHome::toString);
    }

    @Test
    void theReleasedJarRunsWithJavaJar() throws Exception {
        Path jar = Files.copy(releaseJar(), temp.resolve("evtlint-" + VERSION + ".jar"));
        // java -jar keeps a class-data archive in the user's cache too (TunedJvm): the test's own.
        Map<String, String> ownCache = Map.of("XDG_CACHE_HOME", cache.toString());
        Processes.Result result = Processes.run(project, ownCache,
                List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", jar.toString(), "check", "db"));
        assertFinding(result);

        Processes.Result version = Processes.run(project, ownCache,
                List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", jar.toString(), "--version"));
        assertTrue(version.out().contains(VERSION), version::toString);
    }

    /** bin/evtlint check db, run in the project folder with the JDK of this build and a cache of its own. */
    private Processes.Result check(Path launcher, Map<String, String> environment) throws Exception {
        Map<String, String> all = new HashMap<>(Map.of("JAVA_HOME", JAVA_HOME.toString(),
                "XDG_CACHE_HOME", cache.toString()));
        all.putAll(environment);
        return Processes.run(project, all, List.of(launcher.toString(), "check", "db"));
    }

    private static void assertFinding(Processes.Result result) {
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.out().contains(FINDING) && result.out().contains(FINDING_ID), result::toString);
    }

    private Path cacheFolder() {
        return cache.resolve("evtlint").resolve(VERSION);
    }

    /** The one file in the cache folder, a class-data sharing archive (no temporary file is left). */
    private Path onlyArchive() throws IOException {
        try (Stream<Path> files = Files.list(cacheFolder())) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all::toString);
            assertTrue(all.get(0).getFileName().toString().endsWith(".jsa"), all::toString);
            assertFalse(Files.size(all.get(0)) == 0, "an empty archive");
            return all.get(0);
        }
    }

    private static Path archive(String extension) {
        return RELEASE_DIR.resolve("evtlint-" + VERSION + extension);
    }

    private static Path releaseJar() {
        return RELEASE_DIR.resolve("evtlint-" + VERSION + ".jar");
    }
}
