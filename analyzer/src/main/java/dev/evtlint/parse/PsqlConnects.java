package dev.evtlint.parse;

import dev.evtlint.script.PsqlConnect;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads psql's {@code \c} / {@code \connect} command as psql 18 does (command.c,
 * exec_command_connect, read_connect_arg and do_connect): an optional {@code -reuse-previous=on|off},
 * then the database, user, host and port. Its arguments are read as OT_SQLIDHACK: verbatim, with
 * double quotes taken off ({@code ""} is a quote) and no folding to lower case. An unquoted
 * {@code -} or nothing for the database keeps the previous connection's database. A connection
 * string ({@code key=value ...}, or a URI {@code postgresql://host/db?...}) names the database with
 * {@code dbname} or the URI's path; without it psql keeps the previous database only under
 * {@code -reuse-previous=on}, and otherwise libpq's default (the environment, the user's name),
 * which the script does not tell; so does {@code -reuse-previous=off} without a database. The host
 * and port are not compared: a database is known by its name.
 */
final class PsqlConnects {
    private static final Set<String> COMMANDS = Set.of("c", "connect");
    private static final String REUSE_PREVIOUS = "-reuse-previous=";
    private static final List<String> URI_PREFIXES = List.of("postgresql://", "postgres://");

    private PsqlConnects() {
    }

    /** The connect command that starts at {@code start} (a backslash) and runs to {@code end}, or null for any other command. */
    static PsqlConnect read(String text, int start, int end) {
        int nameEnd = PsqlSlashArguments.commandNameEnd(text, start, end);
        if (!COMMANDS.contains(text.substring(start + 1, nameEnd))) {
            return null;
        }
        String written = text.substring(start, end).strip();
        PsqlSlashArguments arguments = new PsqlSlashArguments(text, nameEnd, end);
        PsqlSlashArguments.Argument database = arguments.next();
        Boolean reusePrevious = null;
        if (database != null && database.text() != null && database.text().startsWith(REUSE_PREVIOUS)) {
            reusePrevious = psqlBoolean(database.text().substring(REUSE_PREVIOUS.length()));
            if (reusePrevious == null) {
                // psql refuses the command and keeps the connection it has
                return new PsqlConnect(start, PsqlConnect.Target.SAME, null, written);
            }
            database = arguments.next();
        }
        if (database != null && database.text() == null) {
            return new PsqlConnect(start, PsqlConnect.Target.UNKNOWN, null, written);
        }
        String name = database == null ? null : withoutDoubleQuotes(database.text());
        if (database != null && !database.quoted() && (name.isEmpty() || name.equals("-"))) {
            name = null;
        }
        boolean connectionString = name != null && isConnectionString(name);
        if (connectionString) {
            name = connectionStringDatabase(name);
        }
        if (name == null) {
            boolean reuses = reusePrevious != null ? reusePrevious : !connectionString;
            return new PsqlConnect(start, reuses ? PsqlConnect.Target.SAME : PsqlConnect.Target.UNKNOWN, null, written);
        }
        // an empty name is libpq's default database too
        return name.isEmpty() ? new PsqlConnect(start, PsqlConnect.Target.UNKNOWN, null, written)
                : new PsqlConnect(start, PsqlConnect.Target.NAMED, name, written);
    }

    /**
     * psql's ParseVariableBool: {@code true}, {@code false}, {@code yes}, {@code no} or a prefix of
     * one, {@code on}, {@code off} (at least two letters), {@code 1}, {@code 0}; null for anything else.
     */
    private static Boolean psqlBoolean(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            return null;
        } else if ("true".startsWith(v) || "yes".startsWith(v) || v.length() >= 2 && "on".startsWith(v) || v.equals("1")) {
            return true;
        } else if ("false".startsWith(v) || "no".startsWith(v) || v.length() >= 2 && "off".startsWith(v) || v.equals("0")) {
            return false;
        }
        return null;
    }

    /** psql's dequote_downcase_identifier without the downcasing: double quotes go, {@code ""} inside them is a quote. */
    private static String withoutDoubleQuotes(String argument) {
        StringBuilder result = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '"' && inQuotes && i + 1 < argument.length() && argument.charAt(i + 1) == '"') {
                result.append('"');
                i++;
            } else if (c == '"') {
                inQuotes = !inQuotes;
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** psql's recognized_connection_string: a URI, or anything with an {@code =}. */
    private static boolean isConnectionString(String argument) {
        return uriPrefixLength(argument) > 0 || argument.indexOf('=') >= 0;
    }

    private static int uriPrefixLength(String argument) {
        return URI_PREFIXES.stream().filter(argument::startsWith).mapToInt(String::length).findFirst().orElse(0);
    }

    /** The database a connection string names, or null when it names none. */
    private static String connectionStringDatabase(String connection) {
        int prefix = uriPrefixLength(connection);
        return prefix > 0 ? uriDatabase(connection.substring(prefix)) : keywordValue(connection, "dbname");
    }

    /**
     * libpq's conninfo_parse: {@code key = value} pairs apart by white space; a value is single-quoted
     * or runs to white space, a backslash escaping the next character either way. The last one wins.
     */
    private static String keywordValue(String connection, String wanted) {
        String found = null;
        int i = 0;
        int n = connection.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(connection.charAt(i))) {
                i++;
            }
            int keyStart = i;
            while (i < n && connection.charAt(i) != '=' && !Character.isWhitespace(connection.charAt(i))) {
                i++;
            }
            String key = connection.substring(keyStart, i);
            while (i < n && Character.isWhitespace(connection.charAt(i))) {
                i++;
            }
            if (i >= n || connection.charAt(i) != '=') {
                return found;
            }
            i++;
            while (i < n && Character.isWhitespace(connection.charAt(i))) {
                i++;
            }
            StringBuilder value = new StringBuilder();
            boolean quoted = i < n && connection.charAt(i) == '\'';
            if (quoted) {
                i++;
            }
            while (i < n && (quoted ? connection.charAt(i) != '\'' : !Character.isWhitespace(connection.charAt(i)))) {
                if (connection.charAt(i) == '\\' && i + 1 < n) {
                    i++;
                }
                value.append(connection.charAt(i++));
            }
            if (quoted) {
                i++;
            }
            if (key.equals(wanted)) {
                found = value.toString();
            }
        }
        return found;
    }

    /**
     * libpq's conninfo_uri_parse after {@code postgresql://}: the path after the host part is the
     * database, and a {@code dbname} parameter after {@code ?} names it too; both percent-decoded.
     */
    private static String uriDatabase(String rest) {
        int query = rest.indexOf('?');
        String beforeQuery = query < 0 ? rest : rest.substring(0, query);
        int slash = beforeQuery.indexOf('/');
        String found = slash < 0 || slash == beforeQuery.length() - 1 ? null : percentDecoded(beforeQuery.substring(slash + 1));
        if (query >= 0) {
            for (String parameter : rest.substring(query + 1).split("&")) {
                int equals = parameter.indexOf('=');
                if (equals > 0 && percentDecoded(parameter.substring(0, equals)).equals("dbname")) {
                    found = percentDecoded(parameter.substring(equals + 1));
                }
            }
        }
        return found;
    }

    /** {@code %41} is {@code A}, in UTF-8; a {@code +} stays a {@code +} (libpq is no form decoder). */
    private static String percentDecoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && Character.digit(raw[i + 1], 16) >= 0 && Character.digit(raw[i + 2], 16) >= 0) {
                bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
