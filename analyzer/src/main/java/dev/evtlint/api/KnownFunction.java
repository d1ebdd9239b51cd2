package dev.evtlint.api;

import java.util.Locale;

/**
 * A function that exists in the database although no analysed script defines it, as the
 * configuration's {@code known-functions} lists it: {@code audit.log_event(text)}. {@code schema}
 * is null when the entry does not name one; names are folded to lower case as PostgreSQL folds
 * unquoted identifiers.
 */
public record KnownFunction(String schema, String name, String signature) {

    /** Whether a reference to {@code schema.name} (schema null when unqualified) may mean this function. */
    public boolean matches(String referencedSchema, String referencedName) {
        return name.equals(referencedName.toLowerCase(Locale.ROOT))
                && (schema == null || referencedSchema == null || schema.equals(referencedSchema.toLowerCase(Locale.ROOT)));
    }

    /**
     * Reads {@code [schema.]name[(argument types)]}; null when the text is not of that form.
     */
    public static KnownFunction parse(String text) {
        String trimmed = text.strip();
        int paren = trimmed.indexOf('(');
        if (paren >= 0 && !trimmed.endsWith(")")) {
            return null;
        }
        String qualified = (paren < 0 ? trimmed : trimmed.substring(0, paren)).strip();
        String[] parts = qualified.split("\\.", -1);
        if (parts.length > 2) {
            return null;
        }
        for (String part : parts) {
            if (!part.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
                return null;
            }
        }
        String schema = parts.length == 2 ? parts[0].toLowerCase(Locale.ROOT) : null;
        return new KnownFunction(schema, parts[parts.length - 1].toLowerCase(Locale.ROOT), trimmed);
    }
}
