package dev.evtlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gitignore(5), rule by rule, as git itself answers (the comments give `git check-ignore` verdicts). */
class GitIgnoreTest {
    @TempDir
    Path repository;

    private boolean ignored(String gitignore, String path, boolean directory) throws IOException {
        Files.createDirectories(repository.resolve(".git"));
        Files.writeString(repository.resolve(".gitignore"), gitignore);
        return new GitIgnore().ignores(repository.resolve(path), directory);
    }

    private static boolean matches(String pattern, String path, boolean directory) {
        return GitIgnorePattern.parse(pattern).matches(path, directory);
    }

    @Test
    void aNameWithoutSlashMatchesAtAnyDepth() {
        assertTrue(matches("*.tmp.sql", "db/x/a.tmp.sql", false));
        assertTrue(matches("generated", "db/generated", true));
        assertFalse(matches("*.sql", "db/a.sql.bak", false));
    }

    @Test
    void aSlashAtTheStartOrInTheMiddleAnchorsThePattern() {
        assertTrue(matches("/out", "out", true));
        assertFalse(matches("/out", "db/out", true));
        assertTrue(matches("db/gen", "db/gen", true));
        assertFalse(matches("db/gen", "x/db/gen", true));
    }

    @Test
    void aTrailingSlashMatchesDirectoriesOnly() {
        assertTrue(matches("tmp/", "db/tmp", true));
        assertFalse(matches("tmp/", "db/tmp", false));
    }

    @Test
    void starsAndQuestionMarksStayWithinAFolderButDoubleStarsSpanThem() {
        assertFalse(matches("db/*.sql", "db/sub/a.sql", false));
        assertTrue(matches("db/**/a.sql", "db/a.sql", false));
        assertTrue(matches("db/**/a.sql", "db/x/y/a.sql", false));
        assertTrue(matches("**/seed", "a/b/seed", true));
        assertTrue(matches("db/**", "db/x/y.sql", false));
        assertFalse(matches("db/**", "db", true));
        assertTrue(matches("V?__a.sql", "V1__a.sql", false));
        assertTrue(matches("V[0-9]__a.sql", "V7__a.sql", false));
        assertFalse(matches("V[!0-9]__a.sql", "V7__a.sql", false));
    }

    @Test
    void commentsBlankLinesAndEscapesAreReadAsGitReadsThem() {
        assertEquals(null, GitIgnorePattern.parse("# a comment"));
        assertEquals(null, GitIgnorePattern.parse("   "));
        assertTrue(matches("\\#notes.sql", "#notes.sql", false));
        assertTrue(matches("\\!bang.sql", "!bang.sql", false));
        assertTrue(matches("trailing.sql   ", "trailing.sql", false));
    }

    @Test
    void theLastMatchingPatternWinsSoANegationReincludes() throws IOException {
        assertFalse(ignored("*.sql\n!keep.sql\n", "db/keep.sql", false));
        assertTrue(ignored("!keep.sql\n*.sql\n", "db/keep.sql", false));
    }

    @Test
    void aDeeperGitignoreWinsOverAHigherOne() throws IOException {
        Files.createDirectories(repository.resolve("db"));
        Files.writeString(repository.resolve("db/.gitignore"), "!V1__a.sql\n/local.sql\n");
        assertFalse(ignored("V1__a.sql\n", "db/V1__a.sql", false));
        assertTrue(ignored("", "db/local.sql", false), "anchored to db/, where the file stands");
        assertFalse(ignored("", "db/sub/local.sql", false));
    }

    @Test
    void theRepositorysInfoExcludeCountsBelowEveryGitignore() throws IOException {
        Files.createDirectories(repository.resolve(".git/info"));
        Files.writeString(repository.resolve(".git/info/exclude"), "scratch.sql\n");
        assertTrue(ignored("", "scratch.sql", false));
        assertFalse(ignored("!scratch.sql\n", "scratch.sql", false));
    }

    @Test
    void outsideARepositoryNothingIsIgnored() throws IOException {
        Files.writeString(repository.resolve(".gitignore"), "*.sql\n");
        assertFalse(new GitIgnore().ignores(repository.resolve("a.sql"), false));
    }

    @Test
    void aNestedRepositoryHasOnlyItsOwnIgnoreFiles() throws IOException {
        Files.createDirectories(repository.resolve("vendor/lib/.git"));
        assertFalse(ignored("*.sql\n", "vendor/lib/a.sql", false));
        assertTrue(ignored("*.sql\n", "vendor/a.sql", false));
    }
}
