package dev.evtlint.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of PostgreSQL's built-in configuration parameters, read from {@code builtin-settings.txt}
 * beside this class (its header says where they come from): {@code current_setting()} of one of them
 * never raises, while a custom or misspelt name raises "unrecognized configuration parameter" in
 * every session that has not set it.
 */
public final class BuiltinSettings {
    private static final Set<String> NAMES = load();

    private BuiltinSettings() {
    }

    /** Whether {@code name} is a built-in parameter; PostgreSQL looks names up regardless of case. */
    public static boolean isBuiltin(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        try (InputStream in = BuiltinSettings.class.getResourceAsStream("builtin-settings.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read builtin-settings.txt", e);
        }
    }
}
