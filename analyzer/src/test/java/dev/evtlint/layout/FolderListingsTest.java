package dev.evtlint.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every script of a folder asks for its listing: it is read once, and read again when the folder changes. */
class FolderListingsTest {
    @TempDir
    Path dir;

    @Test
    void aFolderIsListedOnceWhileItStaysTheSameAndAgainWhenItChanges() throws IOException {
        Files.writeString(dir.resolve("b.sql"), "");
        Files.writeString(dir.resolve("a.sql"), "");
        Files.createDirectory(dir.resolve("sub"));
        List<Path> first = FolderListings.regularFiles(dir);
        assertEquals(List.of(dir.resolve("a.sql"), dir.resolve("b.sql")), first);
        assertSame(first, FolderListings.regularFiles(dir), "listed again though nothing changed");

        Files.writeString(dir.resolve("extension.control"), "");
        // A coarse clock could give the folder the time it had: the test sets a later one, as any change does.
        Files.setLastModifiedTime(dir, FileTime.fromMillis(Files.getLastModifiedTime(dir).toMillis() + 1_000));
        assertEquals(List.of(dir.resolve("a.sql"), dir.resolve("b.sql"), dir.resolve("extension.control")),
                FolderListings.regularFiles(dir));
    }

    @Test
    void whatAFilterAcceptsOfAListingIsWorkedOutOnceForAllTheScriptsThatAsk() throws IOException {
        int scripts = 200;
        for (int i = 0; i < scripts; i++) {
            Files.writeString(dir.resolve("V" + i + "__m.sql"), "");
        }
        Files.writeString(dir.resolve("compose.yml"), "");
        AtomicInteger tested = new AtomicInteger();
        FolderListings.NameFilter compose = new FolderListings.NameFilter("compose", name -> {
            tested.incrementAndGet();
            return name.equals("compose.yml");
        });
        for (int i = 0; i < scripts; i++) {
            assertEquals(List.of(dir.resolve("compose.yml")), FolderListings.regularFiles(dir, compose));
        }
        // Once per name: each script's own scan would test 200 times 201 names.
        assertEquals(scripts + 1, tested.get());
    }
}
