package dev.evtlint.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads an option value that a user wrote in any case into the enum constant whose
 * {@code toString()} it spells, the way the command line and the Maven plugin both accept them.
 */
public final class Spelling {

    private Spelling() {
    }

    /** @throws IllegalArgumentException naming the values there are */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        E[] values = type.getEnumConstants();
        for (E value : values) {
            if (value.toString().equalsIgnoreCase(text.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of "
                + Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", ")));
    }
}
