package dev.evtlint.model;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * Test scripts by where they lie: a test runs each of them once, in a database made for the run,
 * or only reads them (schema-diff inputs), so a second run of one cannot happen. Within the
 * {@link AnalysedTree}:
 * <ul>
 * <li>a pg_regress script, in a folder {@code sql} beside a folder {@code expected} (which holds
 * the {@code .out} files the output is compared with);</li>
 * <li>a script below a folder named {@code test}, {@code tests} or {@code regress}: pgTAP's
 * {@code test/sql}, PostgreSQL's {@code src/test/regress/sql}, Maven's and Gradle's
 * {@code src/test/resources}, the schemas a test loads from {@code test/}; or below an Eclipse
 * test bundle, a folder whose name ends in {@code .tests} ({@code org.example.core.tests}).</li>
 * </ul>
 */
final class TestScriptLayout {
    private static final String SQL = "sql";
    private static final String EXPECTED = "expected";
    private static final Set<String> TEST_FOLDERS = Set.of("test", "tests", "regress");
    private static final String TEST_BUNDLE_SUFFIX = ".tests";

    private TestScriptLayout() {
    }

    static boolean holds(AnalysedTree tree) {
        List<String> names = tree.folderNamesBelowRoot();
        return isPgRegress(tree, names) || names.stream().anyMatch(TestScriptLayout::isTestFolder);
    }

    private static boolean isTestFolder(String name) {
        return TEST_FOLDERS.contains(name) || name.endsWith(TEST_BUNDLE_SUFFIX);
    }

    /** The script's folder is {@code sql}, below the root, and its parent holds {@code expected}. */
    private static boolean isPgRegress(AnalysedTree tree, List<String> names) {
        return !names.isEmpty() && names.get(names.size() - 1).equals(SQL)
                && Files.isDirectory(tree.script().getParent().resolveSibling(EXPECTED));
    }
}
