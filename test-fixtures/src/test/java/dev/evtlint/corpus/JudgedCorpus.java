package dev.evtlint.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The judged real-world corpus (test-fixtures/corpus): MANIFEST.tsv lists every file with its
 * project, its set (tune or holdout) and whether it is committed; committed files are under
 * projects/PROJECT/, the others under local/PROJECT/, which only some checkouts have (CI has the
 * committed part only); judgements.tsv holds a verdict on each finding. A corpus without its
 * folder, its tables, a judgement or a committed file, or with a file whose SHA-256 is not the
 * one in MANIFEST.tsv (judged as it was), is a broken checkout: loading it fails. Held-out projects
 * ({@link HeldOutProjects}) are checked the same way but not analysed.
 */
final class JudgedCorpus {
    static final List<String> MANIFEST_HEADER =
            List.of("project", "file", "repo", "commit", "path", "licence", "set", "committed", "sha256");
    static final List<String> JUDGEMENTS_HEADER = List.of("project", "file", "line", "column", "rule", "verdict", "reason");
    static final String COMMITTED = "projects";
    static final String LOCAL = "local";

    /** The set of each file, by project and file. */
    private final Map<String, Map<String, String>> sets;
    /** The folders of each project present in this checkout: its committed one, its local one, or both. */
    private final Map<String, List<Path>> projects;
    private final List<Judgement> judgements;

    private JudgedCorpus(Map<String, Map<String, String>> sets, Map<String, List<Path>> projects,
                         List<Judgement> judgements) {
        this.sets = sets;
        this.projects = projects;
        this.judgements = judgements;
    }

    static JudgedCorpus load(Path root) {
        return load(root, HeldOutProjects.UNJUDGED_SETS);
    }

    /** The corpus at {@code root}, without the projects held out as members of {@code unjudgedSets}. */
    static JudgedCorpus load(Path root, Set<String> unjudgedSets) {
        if (!Files.isDirectory(root.resolve(COMMITTED))) {
            throw new IllegalStateException(root.resolve(COMMITTED).toAbsolutePath()
                    + " is missing: the committed corpus is part of every checkout");
        }
        Map<String, Map<String, String>> sets = new TreeMap<>();
        for (TsvTable.Row row : TsvTable.read(root.resolve("MANIFEST.tsv"), MANIFEST_HEADER).rows()) {
            String project = row.get("project");
            String file = row.get("file");
            sets.computeIfAbsent(project, p -> new TreeMap<>()).put(file, row.get("set"));
            Path committedFile = root.resolve(COMMITTED).resolve(project).resolve(file);
            if (committed(row) && !Files.isRegularFile(committedFile)) {
                throw new IllegalStateException(row.where() + ": the committed file " + COMMITTED + "/" + project + "/"
                        + file + " is missing");
            }
            Path present = committed(row) ? committedFile : root.resolve(LOCAL).resolve(project).resolve(file);
            if (Files.isRegularFile(present) && !sha256(present).equalsIgnoreCase(row.get("sha256"))) {
                throw new IllegalStateException(row.where() + ": " + root.relativize(present)
                        + " is not the file that was judged (its SHA-256 differs from MANIFEST.tsv)");
            }
        }
        List<Judgement> judgements = TsvTable.read(root.resolve("judgements.tsv"), JUDGEMENTS_HEADER).rows().stream()
                .map(Judgement::of).toList();
        if (judgements.isEmpty()) {
            throw new IllegalStateException(root.resolve("judgements.tsv").toAbsolutePath() + " has no judgement");
        }
        Set<String> heldOut = HeldOutProjects.of(root, unjudgedSets);
        Map<String, List<Path>> projects = new TreeMap<>();
        for (String folder : List.of(COMMITTED, LOCAL)) {
            for (Path project : subfolders(root.resolve(folder))) {
                String name = project.getFileName().toString();
                if (!heldOut.contains(name)) {
                    projects.computeIfAbsent(name, p -> new ArrayList<>()).add(project);
                }
            }
        }
        if (projects.isEmpty()) {
            throw new IllegalStateException(root.resolve(COMMITTED).toAbsolutePath() + " holds no project");
        }
        return new JudgedCorpus(sets, projects, judgements);
    }

    private static boolean committed(TsvTable.Row row) {
        return switch (row.get("committed")) {
            case "yes", "true", "TRUE" -> true;
            case "no", "false", "FALSE" -> false;
            default -> throw new IllegalStateException(row.where() + ": committed must be yes or no, not '"
                    + row.get("committed") + "'");
        };
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> subfolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The projects present in this checkout, each with its folders, in name order. */
    Map<String, List<Path>> projects() {
        return projects;
    }

    /** The judgements on the projects present in this checkout (those on absent local projects are left out). */
    List<Judgement> judgementsOfPresentProjects() {
        return judgements.stream().filter(j -> projects.containsKey(j.key().project())).toList();
    }

    /** The set (tune or holdout) of a file as MANIFEST.tsv says, or "unlisted". */
    String setOf(FindingKey key) {
        return sets.getOrDefault(key.project(), Map.of()).getOrDefault(key.file(), "unlisted");
    }
}
