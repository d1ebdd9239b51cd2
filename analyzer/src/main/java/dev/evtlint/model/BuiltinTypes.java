package dev.evtlint.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What PostgreSQL's catalogs say about its built-in types, for choosing among overloads as it does:
 * the implicit casts of pg_cast ({@code implicit-casts.tsv}) and the category and preferred flag of
 * pg_type ({@code type-categories.tsv}), both beside this class. Types are pg_type names as
 * {@link TypeNames} spells them, {@code []} per array dimension.
 */
final class BuiltinTypes {
    /** pg_type's category of arrays. */
    static final char ARRAY = 'A';

    private static final Map<String, Set<String>> IMPLICIT_CASTS = new HashMap<>();
    private static final Map<String, Character> CATEGORIES = new HashMap<>();
    private static final Set<String> PREFERRED = new HashSet<>();

    static {
        read("implicit-casts.tsv", columns -> IMPLICIT_CASTS.computeIfAbsent(columns[0], k -> new HashSet<>()).add(columns[1]));
        read("type-categories.tsv", columns -> {
            CATEGORIES.put(columns[0], columns[1].charAt(0));
            if (columns[2].equals("yes")) {
                PREFERRED.add(columns[0]);
            }
        });
    }

    private BuiltinTypes() {
    }

    /** Whether {@code type} is a built-in type or an array of one: a type whose casts evtlint knows. */
    static boolean isKnown(String type) {
        return CATEGORIES.containsKey(elementType(type));
    }

    /** Whether pg_cast lets a value of {@code source} pass for {@code target} without a cast written out. */
    static boolean castsImplicitly(String source, String target) {
        return IMPLICIT_CASTS.getOrDefault(source, Set.of()).contains(target);
    }

    /** The pg_type category of {@code type}, or null for a type that is not built in. */
    static Character category(String type) {
        return isArray(type) ? Character.valueOf(ARRAY) : CATEGORIES.get(type);
    }

    /** Whether {@code type} is the preferred type of its category (text, float8, timestamptz...). */
    static boolean isPreferred(String type) {
        return PREFERRED.contains(type);
    }

    static boolean isArray(String type) {
        return type.endsWith("[]");
    }

    /** The element type of an array type, or the type itself. */
    static String elementType(String type) {
        return isArray(type) ? type.substring(0, type.indexOf('[')) : type;
    }

    private static void read(String resource, Consumer<String[]> row) {
        try (InputStream in = BuiltinTypes.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
            // the first line that is no comment names the columns
            lines.subList(1, lines.size()).forEach(line -> row.accept(line.split("\t")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
