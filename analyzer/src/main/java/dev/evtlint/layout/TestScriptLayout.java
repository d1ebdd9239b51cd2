package dev.evtlint.layout;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Test scripts by where they lie: a test runs each of them once, in a database made for the run,
 * or only reads them (parser and schema-diff inputs), so a second run of one cannot happen. Within
 * the {@link AnalysedTree}:
 * <ul>
 * <li>a pg_regress script, in a folder {@code sql} beside a folder {@code expected} (which holds
 * the {@code .out} files the output is compared with);</li>
 * <li>a script below a test folder of one of the common ecosystems: {@code test}, {@code tests} or
 * {@code regress} (pgTAP's {@code test/sql}, PostgreSQL's {@code src/test/regress/sql}, Maven's
 * and Gradle's {@code src/test/resources}, Swift's {@code Tests}); {@code __tests__} (Jest's
 * default test folder); {@code testdata} (Go, whose tool ignores such folders: they hold what
 * tests read); {@code spec} (RSpec, Jasmine); {@code fixtures} ({@code __fixtures__},
 * {@code test-fixtures}). The name is compared without case and word by word, split at {@code -},
 * {@code _} and {@code .}, so that an Eclipse or .NET test project ({@code org.example.core.tests},
 * {@code App.Tests}) or {@code integration-tests} counts, but not {@code testing} or {@code latest}.</li>
 * </ul>
 * {@code fixtures} is also the folder of seed data that is applied to real databases, but not as
 * SQL: Rails' and Symfony's fixtures are YAML, Django's JSON, XML or YAML, seed_fu's and Doctrine's
 * code; none of those tools runs a {@code .sql} file from it, which a test reads or loads.
 */
final class TestScriptLayout {
    private static final String SQL = "sql";
    private static final String EXPECTED = "expected";
    private static final Set<String> TEST_WORDS = Set.of("test", "tests", "regress", "testdata", "spec", "fixtures");

    private TestScriptLayout() {
    }

    static boolean holds(AnalysedTree tree) {
        List<String> names = tree.folderNamesBelowRoot();
        return isPgRegress(tree, names) || names.stream().anyMatch(TestScriptLayout::isTestFolder);
    }

    private static boolean isTestFolder(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[-_.]")).anyMatch(TEST_WORDS::contains);
    }

    /** The script's folder is {@code sql}, below the root, and its parent holds {@code expected}. */
    private static boolean isPgRegress(AnalysedTree tree, List<String> names) {
        return !names.isEmpty() && names.get(names.size() - 1).equals(SQL)
                && Files.isDirectory(tree.script().getParent().resolveSibling(EXPECTED));
    }
}
