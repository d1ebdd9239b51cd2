package dev.evtlint.rules.ordering;

import dev.evtlint.model.EventTriggerDef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * EVT302's fix: new names for the triggers of one event, their numbers zero-padded to the width of
 * the longest number at the same place among them ({@code trg_2}, {@code trg_10} become
 * {@code trg_02}, {@code trg_10}), so that byte order, in which they fire, is the order the names
 * suggest. Only where padding is all it takes: for lower-case ASCII names written without quotes,
 * which stay distinct and within PostgreSQL's 63 bytes.
 */
final class TriggerNamePadding {
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");
    /** NAMEDATALEN - 1: a longer name is cut short, to another name. */
    private static final int MAX_NAME_BYTES = 63;

    /** A trigger and the name it gets. */
    record Rename(EventTriggerDef trigger, String name) {
    }

    private TriggerNamePadding() {
    }

    /** The renames that make byte order the order the names suggest; empty when padding cannot. */
    static List<Rename> of(List<EventTriggerDef> triggers) {
        List<Integer> widths = widths(triggers);
        List<Rename> all = triggers.stream().map(t -> new Rename(t, padded(t.name(), widths))).toList();
        List<String> byBytes = all.stream().map(Rename::name)
                .sorted(Comparator.comparing((String name) -> name.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned))
                .toList();
        List<String> asRead = all.stream()
                .sorted(Comparator.comparing((Rename r) -> r.trigger().name(), MisleadingTriggerNameOrder::compareAsPeopleRead))
                .map(Rename::name).toList();
        List<Rename> renames = all.stream().filter(r -> !r.name().equals(r.trigger().name())).toList();
        boolean feasible = byBytes.equals(asRead) && byBytes.stream().distinct().count() == byBytes.size()
                && renames.stream().allMatch(r -> PLAIN_NAME.matcher(r.trigger().name()).matches()
                        && r.name().length() <= MAX_NAME_BYTES);
        return feasible ? renames : List.of();
    }

    /** The width of the longest number at each place (first number, second...) among the names. */
    private static List<Integer> widths(List<EventTriggerDef> triggers) {
        List<Integer> widths = new ArrayList<>();
        for (EventTriggerDef trigger : triggers) {
            Matcher number = DIGITS.matcher(trigger.name());
            for (int place = 0; number.find(); place++) {
                if (place == widths.size()) {
                    widths.add(0);
                }
                widths.set(place, Math.max(widths.get(place), number.group().length()));
            }
        }
        return widths;
    }

    private static String padded(String name, List<Integer> widths) {
        Matcher number = DIGITS.matcher(name);
        StringBuilder result = new StringBuilder();
        for (int place = 0; number.find(); place++) {
            String digits = number.group();
            number.appendReplacement(result, "0".repeat(widths.get(place) - digits.length()) + digits);
        }
        number.appendTail(result);
        return result.toString();
    }
}
