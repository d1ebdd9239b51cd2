package dev.evtlint.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Test scripts by where they lie: a test runs each of them once, in a database made for the run, so
 * a second run of one cannot happen. Within the {@link AnalysedTree}:
 * <ul>
 * <li>a pg_regress script, in a folder {@code sql} beside a folder {@code expected} (which holds
 * the {@code .out} files the output is compared with);</li>
 * <li>a script in {@code test/sql} or {@code regress/sql} (pgTAP, {@code src/test/regress/sql});</li>
 * <li>a test resource, below {@code src/test/resources} (Maven and Gradle).</li>
 * </ul>
 */
final class TestScriptLayout {
    private static final String SQL = "sql";
    private static final Set<String> TEST_FOLDERS = Set.of("test", "regress");
    private static final List<String> TEST_RESOURCES = List.of("src", "test", "resources");

    private TestScriptLayout() {
    }

    static boolean holds(AnalysedTree tree) {
        List<String> names = tree.folderNamesBelowRoot();
        return isPgRegress(tree, names) || inTestSqlFolder(names) || Collections.indexOfSubList(names, TEST_RESOURCES) >= 0;
    }

    /** The script's folder is {@code sql} and its parent, inside the tree, holds {@code expected}. */
    private static boolean isPgRegress(AnalysedTree tree, List<String> names) {
        if (names.isEmpty() || !names.get(names.size() - 1).equals(SQL)) {
            return false;
        }
        Path parent = tree.script().getParent().getParent();
        return Files.isDirectory(parent.resolve("expected"));
    }

    private static boolean inTestSqlFolder(List<String> names) {
        int last = names.size() - 1;
        return last >= 1 && names.get(last).equals(SQL) && TEST_FOLDERS.contains(names.get(last - 1));
    }
}
