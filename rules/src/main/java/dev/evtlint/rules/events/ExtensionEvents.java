package dev.evtlint.rules.events;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.Statement;
import dev.evtlint.layout.ExtensionControl;
import dev.evtlint.layout.ExtensionScripts;
import dev.evtlint.model.ExecutedStatement;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which extension may have taught the server event names of its own by the time a statement runs.
 * PostgreSQL's CREATE EVENT TRIGGER knows only its own events, but an extension whose library hooks
 * utility commands can accept others ({@code schema_triggers} provides {@code relation_create},
 * {@code column_add}...). The extensions shipped with PostgreSQL do not; any other one may: one
 * created by an earlier statement in run order, the one the script itself belongs to (by its name or
 * its {@link ExtensionControl control file}), or one that extension's control file {@code requires},
 * since CREATE EXTENSION installs those first.
 */
final class ExtensionEvents {
    /**
     * The extensions PostgreSQL distributes (contrib and the procedural languages): the
     * {@code .control} files of PostgreSQL 15, 17 and 18, with those removed since (adminpack,
     * old_snapshot in 17) and added (pg_logicalinspect in 18). None of them adds events.
     */
    private static final Set<String> SHIPPED_WITH_POSTGRESQL = Set.of(
            "adminpack", "amcheck", "autoinc", "bloom", "bool_plperl", "bool_plperlu", "btree_gin", "btree_gist",
            "citext", "cube", "dblink", "dict_int", "dict_xsyn", "earthdistance", "file_fdw", "fuzzystrmatch",
            "hstore", "hstore_plperl", "hstore_plperlu", "hstore_plpython3u", "insert_username", "intagg",
            "intarray", "isn", "jsonb_plperl", "jsonb_plperlu", "jsonb_plpython3u", "lo", "ltree",
            "ltree_plpython3u", "moddatetime", "old_snapshot", "pageinspect", "pg_buffercache", "pg_freespacemap",
            "pg_logicalinspect", "pg_prewarm", "pg_stat_statements", "pg_surgery", "pg_trgm", "pg_visibility",
            "pg_walinspect", "pgcrypto", "pgrowlocks", "pgstattuple", "plperl", "plperlu", "plpgsql",
            "plpython3u", "pltcl", "pltclu", "postgres_fdw", "refint", "seg", "sslinfo", "tablefunc", "tcn",
            "tsm_system_rows", "tsm_system_time", "unaccent", "uuid-ossp", "xml2");

    /** The scripts in run order. */
    private final List<SourceFile> files;
    private final List<Created> created = new ArrayList<>();

    /** A CREATE EXTENSION of an extension PostgreSQL does not ship, and where it runs. */
    private record Created(String name, SourceFile file, int offset) {
    }

    private ExtensionEvents(ProjectModel model) {
        this.files = model.files().stream().map(ScriptFile::source).toList();
        for (ExecutedStatement executed : model.executedStatements()) {
            if (executed.statement() instanceof Statement.CreateExtension create
                    && !SHIPPED_WITH_POSTGRESQL.contains(create.name().name())) {
                created.add(new Created(create.name().name(), executed.file().source(), create.range().startOffset()));
            }
        }
    }

    static ExtensionEvents of(ProjectModel model) {
        return new ExtensionEvents(model);
    }

    /**
     * The extension that may provide events to {@code statement} in {@code file}: the script's own
     * extension or one it requires, when the file belongs to an extension, else one created before
     * it in run order; null when only extensions shipped with PostgreSQL are around.
     */
    String providerFor(SourceFile file, Statement statement) {
        String installed = installedWith(file);
        if (installed != null) {
            return installed;
        }
        int fileIndex = files.indexOf(file);
        for (Created extension : created) {
            int extensionFile = files.indexOf(extension.file());
            if (extensionFile < fileIndex
                    || extensionFile == fileIndex && extension.offset() < statement.range().startOffset()) {
                return extension.name();
            }
        }
        return null;
    }

    /** The first extension not shipped with PostgreSQL among the script's own and those its control files require. */
    private static String installedWith(SourceFile file) {
        List<String> extensions = new ArrayList<>();
        String named = ExtensionScripts.extensionName(file);
        if (named != null) {
            extensions.add(named);
        }
        for (ExtensionControl control : ExtensionControl.of(file)) {
            extensions.add(control.name());
            extensions.addAll(control.requires());
        }
        return extensions.stream().filter(extension -> !SHIPPED_WITH_POSTGRESQL.contains(extension)).findFirst().orElse(null);
    }
}
