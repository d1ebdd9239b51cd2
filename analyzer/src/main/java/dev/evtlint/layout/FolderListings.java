package dev.evtlint.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The regular files of a folder, listed once while the folder stays as it is: every script of a
 * folder asks about its folder and those above it ({@link RunOnceLayout}), and listing the folder
 * for each script made a folder of N scripts cost N listings of N entries. A listing is used again
 * only while the folder's modification time (which changes when an entry is added, removed or
 * renamed) is the same, so a process that runs check after check sees every change. What a
 * {@link NameFilter} accepts of a listing is kept with it too: every script of a folder of N asked
 * for its folder's control files or compose files, and a scan of the N names per script was N squared.
 */
final class FolderListings {
    /** How many folders are remembered; the least recently asked about goes first. */
    private static final int REMEMBERED = 1024;

    private record Listing(FileTime modified, List<Path> regularFiles, Map<NameFilter, List<Path>> accepted) {
        Listing(FileTime modified, List<Path> regularFiles) {
            this(modified, regularFiles, new ConcurrentHashMap<>());
        }
    }

    /**
     * A test of file names, held in a constant by the class that asks ({@code name} says what it
     * accepts): the files of a listing it accepts are worked out once and kept with the listing.
     */
    record NameFilter(String name, Predicate<String> accepts) {
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
        return listing(folder).regularFiles();
    }

    /** Those of the regular files directly in {@code folder} whose names {@code filter} accepts, in name order. */
    static List<Path> regularFiles(Path folder, NameFilter filter) {
        Listing listing = listing(folder);
        return listing.accepted().computeIfAbsent(filter, f -> listing.regularFiles().stream()
                .filter(file -> f.accepts().test(file.getFileName().toString())).toList());
    }

    private static Listing listing(Path folder) {
        try {
            FileTime modified = Files.getLastModifiedTime(folder);
            Listing known = LISTINGS.get(folder);
            if (known != null && known.modified().equals(modified)) {
                return known;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                Listing listing = new Listing(modified, entries.filter(Files::isRegularFile).sorted().toList());
                LISTINGS.put(folder, listing);
                return listing;
            }
        } catch (IOException e) {
            // An unreadable folder gives no evidence: the script stays checked.
            return new Listing(null, List.of());
        }
    }
}
