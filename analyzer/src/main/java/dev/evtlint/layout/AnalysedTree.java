package dev.evtlint.layout;

import dev.evtlint.ast.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of the file system evtlint may read around a script for evidence of how it is run:
 * the script's folder and the folders above it up to the analysed root. The root is the folder the
 * script's display path is relative to, that is the working directory of the run (the CLI's current
 * directory, the Maven module's folder) when the script lies below it, else the script's own folder.
 * So the answer depends only on the command and the files, never on where the checkout lies.
 */
record AnalysedTree(Path script, Path root) {

    /** The tree around {@code source}, or none for text that does not come from a file. */
    static Optional<AnalysedTree> of(SourceFile source) {
        if (source.path() == null) {
            return Optional.empty();
        }
        Path script = source.path().toAbsolutePath().normalize();
        Path shown = Path.of(source.displayPath());
        Path folder = script.getParent();
        if (shown.isAbsolute() || shown.getNameCount() >= script.getNameCount()) {
            return Optional.of(new AnalysedTree(script, folder));
        }
        Path root = script.getRoot().resolve(script.subpath(0, script.getNameCount() - shown.getNameCount()));
        return Optional.of(new AnalysedTree(script, root));
    }

    /** The script's folder, then each folder above it, up to and with the root. */
    List<Path> foldersUpToRoot() {
        List<Path> folders = new ArrayList<>();
        for (Path folder = script.getParent(); folder != null && folder.startsWith(root); folder = folder.getParent()) {
            folders.add(folder);
        }
        return folders;
    }

    /** The names of the folders from the root (excluded) down to the script's folder. */
    List<String> folderNamesBelowRoot() {
        Path below = root.relativize(script.getParent());
        List<String> names = new ArrayList<>();
        below.forEach(name -> {
            if (!name.toString().isEmpty()) {
                names.add(name.toString());
            }
        });
        return names;
    }

    /** The regular files directly in {@code folder} whose names {@code filter} accepts, in name order; none if it cannot be read. */
    static List<Path> filesIn(Path folder, FolderListings.NameFilter filter) {
        return FolderListings.regularFiles(folder, filter);
    }
}
