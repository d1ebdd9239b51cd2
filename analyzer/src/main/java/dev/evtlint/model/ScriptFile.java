package dev.evtlint.model;

import dev.evtlint.ast.LineComment;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.ast.SyntaxError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parsed script: its statements in order, the syntax errors found in it, its Liquibase
 * changesets when it is a formatted SQL changelog (else none), its psql include and connect
 * commands, each in text order, and its {@code --} comments outside quotes (those inside a PL/pgSQL body are the
 * body's, {@link dev.evtlint.ast.Part.PlPgSqlBody#lineComments()}), in text order.
 */
public record ScriptFile(SourceFile source, List<Statement> statements, List<SyntaxError> syntaxErrors,
                         List<Changeset> changesets, List<PsqlInclude> includes, List<PsqlConnect> connects,
                         List<LineComment> lineComments) {

    /** Flyway's versioned migrations, {@code V1_2__name.sql}; group 1 is the version. */
    public static final Pattern FLYWAY_VERSIONED = Pattern.compile("[Vv]([0-9][0-9._]*)__.*\\.sql");

    /** Extension scripts, {@code name--version.sql} or the update script {@code name--old--new.sql}; group 1 is the extension. */
    private static final Pattern EXTENSION_SCRIPT = Pattern.compile("(.+?)--.+\\.sql");
    /** The update script {@code name--old--new.sql} of an extension. */
    private static final Pattern EXTENSION_UPDATE_SCRIPT = Pattern.compile(".+?--.+--.+\\.sql");

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

    public ScriptFile {
        statements = List.copyOf(statements);
        syntaxErrors = List.copyOf(syntaxErrors);
        changesets = List.copyOf(changesets);
        includes = List.copyOf(includes);
        connects = List.copyOf(connects);
        lineComments = List.copyOf(lineComments);
    }

    /** Whether Flyway runs this file once, as a versioned migration, and never again. */
    public boolean isFlywayVersioned() {
        return FLYWAY_VERSIONED.matcher(source.fileName()).matches();
    }

    /**
     * The version of a Flyway versioned migration as Flyway compares versions (its MigrationVersion):
     * numbers between {@code .} or {@code _}, without the zeros at the end, so that {@code V1_0} and
     * {@code V1.0} are version 1 and {@code V01} is too. Empty for other files.
     */
    public List<BigInteger> flywayVersion() {
        Matcher matcher = FLYWAY_VERSIONED.matcher(source.fileName());
        List<BigInteger> parts = new ArrayList<>();
        if (matcher.matches()) {
            for (String part : matcher.group(1).split("[._]")) {
                if (!part.isEmpty()) {
                    parts.add(new BigInteger(part));
                }
            }
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /**
     * Whether the tool that runs this script runs {@code statement} only once: Flyway a versioned
     * migration, CREATE EXTENSION an extension script (once per installation), Liquibase a
     * changeset without runAlways or runOnChange, dbmate a migration's {@code -- migrate:up} part,
     * golang-migrate, Diesel and the Supabase CLI the migrations their paths name; and, by what lies
     * around the script ({@link RunOnceLayout}), a test a test script, CREATE EXTENSION an extension's
     * source, the postgres Docker image an init script, sqitch a change of its plan.
     */
    public boolean runsOnce(Statement statement) {
        if (isFlywayVersioned() || extensionName(source) != null || source.contains(DBMATE_UP) || isAppliedOnceByPath()
                || RunOnceLayout.holds(this)) {
            return true;
        }
        int offset = statement.range().startOffset();
        return changesets.stream().anyMatch(changeset -> changeset.contains(offset) && !changeset.runsAgain());
    }

    private boolean isAppliedOnceByPath() {
        String path = source.displayPath();
        return APPLIED_ONCE_PATHS.stream().anyMatch(pattern -> pattern.matcher(path).matches());
    }

    /**
     * The extension {@code file} is a script of, by PostgreSQL's naming of extension scripts, or
     * null: what it creates belongs to that extension.
     */
    public static String extensionName(SourceFile file) {
        Matcher matcher = EXTENSION_SCRIPT.matcher(file.fileName());
        return matcher.matches() ? matcher.group(1) : null;
    }

    /**
     * Whether {@code file} is an extension's update script, {@code name--old--new.sql}: ALTER
     * EXTENSION UPDATE runs it only where version {@code old}, with all it created, is installed.
     */
    public static boolean isExtensionUpdateScript(SourceFile file) {
        return EXTENSION_UPDATE_SCRIPT.matcher(file.fileName()).matches();
    }
}
