package dev.evtlint.layout;

import dev.evtlint.ast.Statement;
import dev.evtlint.script.ScriptFile;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the tool that runs a script runs a statement of it only once: Flyway a versioned
 * migration, CREATE EXTENSION an extension script (once per installation), Liquibase a changeset
 * without runAlways or runOnChange, dbmate a migration's {@code -- migrate:up} part, golang-migrate,
 * Diesel and the Supabase CLI the migrations their paths name; and, by what lies around the script
 * ({@link RunOnceLayout}), a test a test script, CREATE EXTENSION an extension's source, the
 * postgres Docker image an init script, sqitch a change of its plan.
 */
public final class RunsOnce {
    /** dbmate's marker of the part of a migration that runs once, on the way up. */
    private static final Pattern DBMATE_UP = Pattern.compile("(?m)^-- migrate:up\\s*$");

    /**
     * Paths of migrations that their tool applies once and records: golang-migrate's
     * {@code 1_name.up.sql}, Diesel's {@code migrations/<version>_name/up.sql}, the Supabase CLI's
     * {@code supabase/migrations/<version>_name.sql}, whose version is any run of digits (the CLI's
     * own pattern, {@code ^([0-9]+)_(.*)\.sql$}, matched against the names of the files directly in
     * that folder: {@code 031_x.sql} and {@code 20230811_x.sql} are applied once as well as a
     * timestamp). sqitch's changes need its plan beside them ({@link SqitchChanges}).
     */
    private static final List<Pattern> APPLIED_ONCE_PATHS = List.of(
            Pattern.compile("(?:.*/)?[^/]+\\.up\\.sql"),
            Pattern.compile("(?:.*/)?migrations/[^/]+/up\\.sql"),
            Pattern.compile("(?:.*/)?supabase/migrations/[0-9]+_[^/]*\\.sql"));

    private RunsOnce() {
    }

    /** Whether whatever runs {@code file} runs its {@code statement} only once. */
    public static boolean statement(ScriptFile file, Statement statement) {
        if (Flyway.isVersioned(file.source()) || ExtensionScripts.extensionName(file.source()) != null
                || file.source().contains(DBMATE_UP) || isAppliedOnceByPath(file) || RunOnceLayout.holds(file)) {
            return true;
        }
        int offset = statement.range().startOffset();
        return file.changesets().stream().anyMatch(changeset -> changeset.contains(offset) && !changeset.runsAgain());
    }

    private static boolean isAppliedOnceByPath(ScriptFile file) {
        String path = file.source().displayPath();
        return APPLIED_ONCE_PATHS.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }
}
