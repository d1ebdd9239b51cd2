package dev.evtlint.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The regular files of a folder, listed once while the folder stays as it is: every script of a
 * folder asks about its folder and those above it ({@link RunOnceLayout}), and listing the folder
 * for each script made a folder of N scripts cost N listings of N entries. A listing is used again
 * only while the folder's modification time (which changes when an entry is added, removed or
 * renamed) is the same, so a process that runs check after check sees every change.
 */
final class FolderListings {
    /** How many folders are remembered; the least recently asked about goes first. */
    private static final int REMEMBERED = 1024;

    private record Listing(FileTime modified, List<Path> regularFiles) {
    }

    private static final Map<Path, Listing> LISTINGS = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Listing> eldest) {
            return size() > REMEMBERED;
        }
    });

    private FolderListings() {
    }

    /** The regular files directly in {@code folder}, in name order; none if it cannot be read. */
    static List<Path> regularFiles(Path folder) {
        try {
            FileTime modified = Files.getLastModifiedTime(folder);
            Listing known = LISTINGS.get(folder);
            if (known != null && known.modified().equals(modified)) {
                return known.regularFiles();
            }
            try (Stream<Path> entries = Files.list(folder)) {
                List<Path> files = entries.filter(Files::isRegularFile).sorted().toList();
                LISTINGS.put(folder, new Listing(modified, files));
                return files;
            }
        } catch (IOException e) {
            // An unreadable folder gives no evidence: the script stays checked.
            return List.of();
        }
    }
}
