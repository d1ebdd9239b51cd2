package dev.evtlint.rules.security;

import dev.evtlint.ast.Expr;
import java.util.List;

/**
 * A search_path value that quotes a whole list as one string, as in {@code SET search_path =
 * 'pg_catalog, pg_temp'}. SET and the SET clause of CREATE/ALTER FUNCTION take each value as one
 * schema name (PostgreSQL quotes it as an identifier: proconfig reads {@code search_path="pg_catalog,
 * pg_temp"}), so the string names a single schema that does not exist, and the path pins nothing.
 * {@code set_config('search_path', 'a, b', ...)} is different: its text is parsed as the list.
 */
final class SearchPathValues {
    private SearchPathValues() {
    }

    /** The first string among a SET's values that holds several names (separated by commas or blanks), or null. */
    static Expr.Literal quotedList(List<Expr> values) {
        for (Expr value : values) {
            if (value instanceof Expr.Literal literal && literal.kind() == Expr.LiteralKind.STRING
                    && holdsSeveralNames(literal.value())) {
                return literal;
            }
        }
        return null;
    }

    private static boolean holdsSeveralNames(String text) {
        return text.strip().split("[,\\s]+").length > 1;
    }
}
