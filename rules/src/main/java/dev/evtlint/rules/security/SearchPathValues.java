package dev.evtlint.rules.security;

import dev.evtlint.ast.Expr;
import java.util.List;

/**
 * A search_path value that quotes a whole list as one name, as in {@code SET search_path =
 * 'pg_catalog, pg_temp'} or {@code SET search_path = "pg_catalog, pg_temp"}. SET and the SET clause
 * of CREATE/ALTER FUNCTION take each value as one schema name (PostgreSQL quotes it as an
 * identifier: proconfig reads {@code search_path="pg_catalog, pg_temp"}), so the string or the
 * double-quoted identifier names a single schema that does not exist, and the path pins nothing.
 * {@code set_config('search_path', 'a, b', ...)} is different: its text is parsed as the list.
 */
final class SearchPathValues {
    private SearchPathValues() {
    }

    /** A value that holds several names in one quoted name: the node and its text. */
    record QuotedList(Expr value, String text, String quoting) {
    }

    /** The first value among a SET's values that holds several names (separated by commas or blanks), or null. */
    static QuotedList quotedList(List<Expr> values) {
        for (Expr value : values) {
            if (value instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING
                    && holdsSeveralNames(literal.value())) {
                return new QuotedList(literal, literal.value(), "a quoted string");
            }
            // an identifier holds a comma or a blank only when double-quoted
            if (value instanceof Expr.ColumnRef name && name.names().size() == 1 && holdsSeveralNames(name.lastName())) {
                return new QuotedList(name, name.lastName(), "a double-quoted name");
            }
        }
        return null;
    }

    private static boolean holdsSeveralNames(String text) {
        return text.strip().split("[,\\s]+").length > 1;
    }
}
