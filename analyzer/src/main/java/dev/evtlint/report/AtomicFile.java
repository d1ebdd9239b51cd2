package dev.evtlint.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Writes a report to a path. A regular file (or none yet) is replaced so that readers see the old
 * content or the new, never a part: the content goes to a temporary file in the same folder (the
 * same file system), which is then renamed over it. Anything else - {@code /dev/null},
 * {@code /dev/stdout}, a FIFO, or a link to one of them - is written in place: renaming over it
 * would replace the device or link itself, for every program on the machine.
 */
public final class AtomicFile {

    /** Produces the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What writing to a path does, from what stands there now. */
    enum Way {
        /** Nothing, or a regular file (through links): a temporary file renamed over it. */
        REPLACE,
        /** A device, FIFO or socket (through links): opened and written like a shell's {@code >}. */
        IN_PLACE
    }

    /** A report made where no file stood: readable by all, as the usual umask (022) leaves a new file. */
    private static final Set<PosixFilePermission> NEW_REPORT = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** Creates missing parent folders, as a report path like {@code target/evtlint.sarif} often needs. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        BasicFileAttributes standing = attributes(absolute);
        if (standing == null) {
            if (Files.isSymbolicLink(absolute)) {
                throw new FileSystemException(absolute.toString(), null, "dangling symbolic link (its target does not exist)");
            }
            replace(absolute, null, content);
        } else if (way(standing) == Way.IN_PLACE) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(absolute, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
        } else {
            // Through links to the file itself: the link stays, and so do the file's folder and permissions.
            Path file = absolute.toRealPath();
            replace(file, permissions(file), content);
        }
    }

    /** @throws FileSystemException for a directory, which no report can replace */
    static Way way(BasicFileAttributes standing) throws FileSystemException {
        if (standing.isDirectory()) {
            throw new FileSystemException(null, null, "is a directory");
        }
        return standing.isRegularFile() ? Way.REPLACE : Way.IN_PLACE;
    }

    /** What stands at {@code path}, links followed; null when nothing does. */
    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * The temporary file gets a random name and is created exclusively, without following links,
     * readable by its owner only while it is written: whoever can write in the folder can neither
     * guess it beforehand nor make the run write through a link or FIFO placed there.
     */
    private static void replace(Path file, Set<PosixFilePermission> keep, Content content) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        try {
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(Files.newByteChannel(temporary,
                    Set.<OpenOption>of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                    ownerOnly)))) {
                content.writeTo(out);
            }
            if (posix) {
                Files.setPosixFilePermissions(temporary, keep != null ? keep : NEW_REPORT);
            }
            // An atomic move replaces an existing file on Linux, macOS and Windows alike.
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The permissions of the file a report replaces, or null where the file system has none. */
    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes().permissions();
    }
}
