package dev.evtlint.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's command tags as {@code CREATE EVENT TRIGGER ... WHEN tag IN (...)} judges them, and
 * the events each command can fire; read from {@code command-tags.tsv} and {@code firing-matrix.tsv}
 * beside this class (their headers name the sources).
 */
public final class CommandTagFacts {

    /** What kind of object a command works on, as far as event triggers care. */
    public enum ObjectClass {
        /** Databases, roles and role membership, tablespaces, ALTER SYSTEM, REASSIGN OWNED. */
        SHARED,
        /** Event triggers themselves. */
        EVENT_TRIGGER,
        OTHER
    }

    /**
     * One tag. {@code since} is the first major version whose event triggers accept it (0: all);
     * {@code firing} maps the events of the firing matrix to t, f or ? (not verified).
     */
    public record CommandTag(String name, boolean eventTriggerOk, boolean tableRewriteOk, ObjectClass objectClass,
                             boolean produced, int since, Map<String, String> firing) {

        /** False when the server never reports this tag for {@code event}; true when it can or nobody checked. */
        public boolean mayFire(String event) {
            return produced && !firing.getOrDefault(event, "f").equals("f");
        }
    }

    private static final Map<String, CommandTag> TAGS = load();

    /**
     * Commands that report at most one row in pg_event_trigger_ddl_commands() (checked on 18.1:
     * nested objects get no row of their own, drops get none at all). CREATE TABLE (serial columns,
     * indexes of constraints), ALTER TABLE, CREATE SCHEMA with elements and CREATE EXTENSION report
     * several.
     */
    private static final Set<String> ONE_COMMAND_ROW = Set.of("CREATE FUNCTION", "CREATE PROCEDURE", "ALTER FUNCTION",
            "ALTER PROCEDURE", "ALTER ROUTINE", "COMMENT", "CREATE INDEX", "ALTER INDEX", "CREATE VIEW",
            "CREATE SEQUENCE", "ALTER SEQUENCE", "CREATE TYPE", "ALTER TYPE", "CREATE DOMAIN", "GRANT", "REVOKE",
            "CREATE POLICY", "CREATE TRIGGER", "CREATE MATERIALIZED VIEW", "REFRESH MATERIALIZED VIEW", "CREATE RULE",
            "CREATE AGGREGATE", "CREATE OPERATOR", "CREATE CAST", "CREATE COLLATION", "CREATE CONVERSION",
            "CREATE STATISTICS", "CREATE PUBLICATION", "CREATE FOREIGN DATA WRAPPER", "CREATE TEXT SEARCH CONFIGURATION",
            "ALTER DEFAULT PRIVILEGES");

    /**
     * The tags of the rows CREATE TABLE reports besides its own in pg_event_trigger_ddl_commands(): the
     * sequences of serial and identity columns (CREATE SEQUENCE, then ALTER SEQUENCE ... OWNED BY), the
     * indexes of constraints, inline foreign keys (ALTER TABLE), and what LIKE ... INCLUDING copies
     * (indexes, comments, statistics). Never CREATE TABLE AS or SELECT INTO: those are other commands.
     */
    private static final Set<String> CREATE_TABLE_NESTED_ROWS = Set.of("CREATE SEQUENCE", "ALTER SEQUENCE",
            "CREATE INDEX", "ALTER TABLE", "COMMENT", "CREATE STATISTICS");

    /**
     * For a command of these tags, the object_type of its rows in pg_event_trigger_ddl_commands()
     * that all describe the one object the command makes: CREATE TABLE reports its serial columns'
     * sequences and its constraints' indexes with other types, but every 'table' row (an inline
     * foreign key adds one of tag ALTER TABLE) is the new table, also for a partition or a child
     * table (checked on 17 and 18: fixture EVT403/one-object-rows-of-create-table). ALTER TABLE is
     * not one of them: ALTER TABLE ALL IN TABLESPACE reports every table it moves.
     */
    private static final Map<String, String> ONE_OBJECT_TYPE = Map.of("CREATE TABLE", "table");

    private CommandTagFacts() {
    }

    /** The object_type whose rows, for a command of {@code tag}, all describe the one object it makes; null when none is known. */
    public static String oneObjectType(String tag) {
        return ONE_OBJECT_TYPE.get(tag);
    }

    /**
     * What CREATE EVENT TRIGGER on an event makes of one {@code WHEN tag IN} value, on every server
     * version that has the event: an unknown string is UNKNOWN also on table_rewrite (where PostgreSQL
     * says "not supported" instead of "not recognized"), a shared-object or event-trigger command is
     * SHARED or EVENT_TRIGGER_COMMAND on every event. Only ACCEPTED lets the trigger be created.
     */
    public enum Acceptance {
        UNKNOWN, SHARED, EVENT_TRIGGER_COMMAND, NOT_FOR_EVENT, ACCEPTED
    }

    /** A tag value's acceptance, and the tag it names (for CREATE USER and the like the role command's tag), or null. */
    public record TagJudgement(Acceptance acceptance, CommandTag tag) {
    }

    /** Role commands spelled with USER or GROUP: PostgreSQL reports them with the ROLE tags. */
    private static final Map<String, String> ROLE_ALIASES = Map.of(
            "CREATE USER", "CREATE ROLE", "ALTER USER", "ALTER ROLE", "DROP USER", "DROP ROLE",
            "CREATE GROUP", "CREATE ROLE", "ALTER GROUP", "ALTER ROLE", "DROP GROUP", "DROP ROLE");

    /** How a trigger on {@code event} takes the tag value {@code value}. */
    public static TagJudgement judge(String event, String value) {
        String alias = ROLE_ALIASES.get(asciiUpper(value));
        if (alias != null) {
            return new TagJudgement(Acceptance.SHARED, TAGS.get(alias));
        }
        CommandTag tag = TAGS.get(asciiUpper(value));
        Acceptance acceptance;
        if (tag == null) {
            acceptance = Acceptance.UNKNOWN;
        } else if (tag.objectClass() == ObjectClass.SHARED) {
            acceptance = Acceptance.SHARED;
        } else if (tag.objectClass() == ObjectClass.EVENT_TRIGGER) {
            acceptance = Acceptance.EVENT_TRIGGER_COMMAND;
        } else if (event.equals("table_rewrite") ? !tag.tableRewriteOk() : !tag.eventTriggerOk()) {
            acceptance = Acceptance.NOT_FOR_EVENT;
        } else {
            acceptance = Acceptance.ACCEPTED;
        }
        return new TagJudgement(acceptance, tag);
    }


    /**
     * The tag PostgreSQL's {@code GetCommandTagEnum} finds for {@code text}: letters compare without
     * regard to ASCII case, everything else exactly ({@code 'CREATE  TABLE'} with two spaces is no tag).
     */
    public static Optional<CommandTag> lookUp(String text) {
        return Optional.ofNullable(TAGS.get(asciiUpper(text)));
    }

    /** Every tag, in byte order of the names. */
    public static List<CommandTag> all() {
        return List.copyOf(TAGS.values());
    }

    /** Whether the command of a tag (as TG_TAG spells it) reports at most one row in pg_event_trigger_ddl_commands(). */
    public static boolean reportsAtMostOneCommandRow(String tag) {
        return ONE_COMMAND_ROW.contains(tag) || tag.startsWith("DROP ");
    }

    /**
     * The command_tag values the rows of pg_event_trigger_ddl_commands() can hold at ddl_command_end of
     * a command of {@code tag} (as TG_TAG spells it), or empty when that is not known: CREATE SCHEMA,
     * CREATE EXTENSION, ALTER TABLE and the other commands not listed here report commands nested in
     * them, under their own tags.
     */
    public static Optional<Set<String>> commandRowTags(String tag) {
        if (tag.startsWith("DROP ")) {
            return Optional.of(Set.of());
        }
        if (ONE_COMMAND_ROW.contains(tag)) {
            return Optional.of(Set.of(tag));
        }
        if (tag.equals("CREATE TABLE")) {
            Set<String> tags = new HashSet<>(CREATE_TABLE_NESTED_ROWS);
            tags.add(tag);
            return Optional.of(Set.copyOf(tags));
        }
        return Optional.empty();
    }

    /**
     * Upper-cases ASCII letters only, as pg_strcasecmp and pg_ascii_toupper do: Java's own
     * toUpperCase would turn the dotless {@code ı} into {@code I} and accept what PostgreSQL rejects.
     */
    public static String asciiUpper(String text) {
        StringBuilder upper = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            upper.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return upper.toString();
    }

    private static Map<String, CommandTag> load() {
        List<String[]> matrix = rows("firing-matrix.tsv");
        String[] events = matrix.get(0);
        Map<String, Map<String, String>> firing = new LinkedHashMap<>();
        for (String[] row : matrix.subList(1, matrix.size())) {
            Map<String, String> byEvent = new LinkedHashMap<>();
            for (int i = 1; i < events.length; i++) {
                byEvent.put(events[i], row[i]);
            }
            firing.put(row[0], Collections.unmodifiableMap(byEvent));
        }
        Map<String, CommandTag> tags = new LinkedHashMap<>();
        List<String[]> rows = rows("command-tags.tsv");
        for (String[] row : rows.subList(1, rows.size())) {
            ObjectClass objectClass = switch (row[3]) {
                case "shared" -> ObjectClass.SHARED;
                case "event_trigger" -> ObjectClass.EVENT_TRIGGER;
                default -> ObjectClass.OTHER;
            };
            tags.put(row[0], new CommandTag(row[0], row[1].equals("t"), row[2].equals("t"), objectClass,
                    row[4].equals("t"), row[5].equals("-") ? 0 : Integer.parseInt(row[5]),
                    firing.getOrDefault(row[0], Map.of())));
        }
        return Collections.unmodifiableMap(tags);
    }

    /** The header line and the data lines of a tab-separated resource, without its # comments. */
    private static List<String[]> rows(String resource) {
        InputStream in = CommandTagFacts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
