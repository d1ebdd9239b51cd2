package dev.evtlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.source.IoFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void createsMissingFoldersAndReplacesTheOldContentWithoutLeavingATemporaryFile() throws IOException {
        Path report = dir.resolve("target/reports/evtlint.sarif");
        AtomicFile.write(report, out -> out.write("old".getBytes(StandardCharsets.UTF_8)));
        AtomicFile.write(report, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(report));
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertEquals(List.of(report), files.toList());
        }
    }

    @Test
    void aFileWhereAFolderMustBeIsSaidInWords() throws IOException {
        Files.writeString(dir.resolve("target"), "a file, not a folder");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFile.write(dir.resolve("target/evtlint.sarif"), out -> out.write('x')));
        assertEquals(dir.resolve("target") + " is not a directory", IoFailure.reason(e));
    }

    /** As {@code /dev/null} or {@code /dev/stdout} would be: a FIFO stays a FIFO and gets the report. */
    @Test
    void aFifoIsWrittenInPlaceNotReplaced() throws Exception {
        Path fifo = fifo("report.fifo");
        assertEquals("the report", writeAndRead(fifo, fifo));
        assertIsFifo(fifo);
        assertEquals(List.of(fifo), files(), "no temporary file");
    }

    @Test
    void aLinkToAFifoIsWrittenThroughAndStaysALink() throws Exception {
        Path fifo = fifo("real.fifo");
        Path link = Files.createSymbolicLink(dir.resolve("out.sarif"), fifo);
        assertEquals("the report", writeAndRead(link, fifo));
        assertTrue(Files.isSymbolicLink(link));
        assertIsFifo(fifo);
    }

    @Test
    void aLinkToARegularFileStaysALinkAndItsTargetIsReplaced() throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("reports")).resolve("real.sarif"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("out.sarif"), real);
        AtomicFile.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aDanglingLinkIsNotWrittenThrough() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("out.sarif"), dir.resolve("elsewhere/x.sarif"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(link, out -> out.write('x')));
        assertEquals("dangling symbolic link (its target does not exist)", IoFailure.reason(e));
        assertFalse(Files.exists(dir.resolve("elsewhere")));
    }

    /** Devices are never renamed over in a test: the decision is checked on what {@code stat} would say. */
    @Test
    void aDeviceIsWrittenInPlaceAFileReplacedAndAFolderRefused() throws FileSystemException {
        assertEquals(AtomicFile.Way.IN_PLACE, AtomicFile.way(new Standing(false, false, true)));
        assertEquals(AtomicFile.Way.REPLACE, AtomicFile.way(new Standing(true, false, false)));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFile.way(new Standing(false, true, false)));
        assertEquals("is a directory", e.getReason());
    }

    /** The name of the temporary file of the release before: whoever could write the folder could plant it. */
    @Test
    void aPlantedLinkAtAPredictableTemporaryNameIsNeverWrittenThrough() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path report = dir.resolve("report.sarif");
        Files.createSymbolicLink(dir.resolve(".report.sarif." + ProcessHandle.current().pid() + ".tmp"), victim);
        AtomicFile.write(report, out -> out.write("the report".getBytes(StandardCharsets.UTF_8)));
        assertEquals("precious", Files.readString(victim));
        assertEquals("the report", Files.readString(report));
    }

    @Test
    void theTemporaryFileIsRandomlyNamedAndPrivateAndTheReportGetsTheOldPermissions() throws IOException {
        Path report = Files.writeString(dir.resolve("report.sarif"), "old");
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(report, out -> {
            List<Path> temporary = files().stream().filter(p -> !p.equals(report)).toList();
            assertEquals(1, temporary.size(), temporary::toString);
            String name = temporary.get(0).getFileName().toString();
            assertTrue(name.matches("\\.report\\.sarif\\.[0-9a-f]+\\.tmp") && !name.contains("." + ProcessHandle.current().pid() + "."), name);
            assertEquals("rw-------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(temporary.get(0), LinkOption.NOFOLLOW_LINKS)));
            out.write('x');
        });
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
        Path fresh = dir.resolve("fresh.sarif");
        AtomicFile.write(fresh, out -> out.write('x'));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
    }

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        return fifo;
    }

    /** Writes the report to {@code target} while another thread reads the FIFO, as a consumer would. */
    private static String writeAndRead(Path target, Path fifo) throws Exception {
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicFile.write(target, out -> out.write("the report".getBytes(StandardCharsets.UTF_8)));
        return read.get(10, TimeUnit.SECONDS);
    }

    private static void assertIsFifo(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        assertTrue(attributes.isOther(), "still a FIFO, not a file renamed over it");
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** What {@code stat} says of a path: a test double, so that no test renames anything onto a real device. */
    private record Standing(boolean isRegularFile, boolean isDirectory, boolean isOther) implements BasicFileAttributes {
        @Override
        public FileTime lastModifiedTime() {
            return FileTime.fromMillis(0);
        }

        @Override
        public FileTime lastAccessTime() {
            return FileTime.fromMillis(0);
        }

        @Override
        public FileTime creationTime() {
            return FileTime.fromMillis(0);
        }

        @Override
        public boolean isSymbolicLink() {
            return false;
        }

        @Override
        public long size() {
            return 0;
        }

        @Override
        public Object fileKey() {
            return null;
        }
    }
}
