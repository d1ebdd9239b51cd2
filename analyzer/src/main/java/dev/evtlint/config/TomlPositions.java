package dev.evtlint.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a key or a value stands in a TOML text, for error messages: the TOML reader gives a tree
 * without positions. It finds {@code key = ...} lines under a {@code [table]} header (bare, "quoted"
 * or 'quoted' keys); a key it cannot find (a dotted key, an inline table) falls back to 1:1.
 */
final class TomlPositions {
    private static final Pattern HEADER = Pattern.compile("^\\s*\\[\\s*(.*?)\\s*]\\s*(#.*)?$");
    private static final Pattern KEY = Pattern.compile("^\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[A-Za-z0-9_-]+)\\s*=");

    /** A 1-based line and column. */
    record Position(int line, int column) {
    }

    private final String[] lines;

    TomlPositions(String text) {
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** The key {@code key} in table {@code table} (null for the top level). */
    Position key(String table, String key) {
        String current = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher header = HEADER.matcher(lines[i]);
            if (header.matches()) {
                current = unquote(header.group(1));
                continue;
            }
            Matcher matcher = KEY.matcher(lines[i]);
            if (matcher.find() && java.util.Objects.equals(current, table) && unquote(matcher.group(1)).equals(key)) {
                return new Position(i + 1, matcher.start(1) + 1);
            }
        }
        return new Position(1, 1);
    }

    /** The string value {@code value} written after the key: the first "value" or 'value' from the key on. */
    Position value(String table, String key, String value) {
        Position keyAt = key(table, key);
        for (int i = keyAt.line() - 1; i < lines.length; i++) {
            int from = i == keyAt.line() - 1 ? keyAt.column() - 1 : 0;
            for (String quoted : new String[] {"\"" + value + "\"", "'" + value + "'"}) {
                int at = lines[i].indexOf(quoted, from);
                if (at >= 0) {
                    return new Position(i + 1, at + 1);
                }
            }
        }
        return keyAt;
    }

    private static String unquote(String key) {
        boolean quoted = key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"));
        return quoted ? key.substring(1, key.length() - 1) : key;
    }
}
