package dev.evtlint.rules.ordering;

import dev.evtlint.model.Database;
import dev.evtlint.model.EventTriggerDef;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.MessageLists;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.rule.TextEdit;
import dev.evtlint.script.ScriptFile;
import java.math.BigInteger;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Triggers of one event fire in byte order of their names; names with numbers of different lengths,
 * mixed case or non-ASCII letters suggest another order ({@code trg_2} before {@code trg_10}).
 * Points at each trigger that fires earlier than its name suggests.
 */
@RuleMeta(id = "EVT302", name = "misleading-trigger-name-order",
        summary = "Event trigger names that suggest a firing order byte order does not give", severity = Severity.WARNING,
        category = Category.ORDERING, since = "0.1.0", tags = {"correctness"})
public final class MisleadingTriggerNameOrder implements Rule {
    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");
    /** What the fix's renaming counts as a word: the characters of an identifier written without quotes. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_$]+");
    /** The question under which each script remembers how often it holds each word. */
    private static final Object WORD_COUNTS = new Object();
    private static final int MAX_RENAMED_EVENT = 100;

    @Override
    public void check(RuleContext context) {
        // Only the triggers of one database fire on its commands.
        for (Database database : context.model().databases()) {
            for (String event : EventTriggerDef.EVENTS) {
                for (boolean replica : new boolean[] {false, true}) {
                    List<EventTriggerDef> firing = context.model().firingOrder(event, replica, database);
                    if (replica && firing.equals(context.model().firingOrder(event, false, database))) {
                        continue;
                    }
                    check(context, event, firing);
                }
            }
        }
    }

    private static void check(RuleContext context, String event, List<EventTriggerDef> firing) {
        List<EventTriggerDef> suggested = new ArrayList<>(firing);
        suggested.sort(Comparator.comparing(EventTriggerDef::name, MisleadingTriggerNameOrder::compareAsPeopleRead));
        if (suggested.equals(firing)) {
            return;
        }
        String order = firing.stream().map(EventTriggerDef::name).collect(MessageLists.joining());
        Map<EventTriggerDef, Integer> suggestedPlace = new IdentityHashMap<>();
        for (int i = 0; i < suggested.size(); i++) {
            suggestedPlace.put(suggested.get(i), i);
        }
        for (int i = 0; i < firing.size(); i++) {
            EventTriggerDef trigger = firing.get(i);
            if (i < suggestedPlace.get(trigger)) {
                context.report(trigger.file(), trigger.definition().name())
                        .message("event trigger " + trigger.name() + " fires earlier on " + event + " than its name suggests: "
                                + "PostgreSQL fires them in byte order of their names, " + order)
                        .help("name triggers so that byte order is the order you mean: pad numbers to one width "
                                + "(trg_02, trg_10) and keep to lower-case ASCII");
            }
        }
    }

    /**
     * The event's triggers renamed with their numbers zero-padded ({@link TriggerNamePadding}),
     * where the project names each old name only in its CREATE EVENT TRIGGER and no new name at
     * all: an ALTER, DROP or COMMENT of a trigger, a lookup in pg_event_trigger, even a comment
     * would go on naming the old one. Not for an event with more than {@link #MAX_RENAMED_EVENT}
     * triggers: renaming that many is no quick fix, and each finding would redo the work. Unsafe:
     * the databases the scripts already ran in keep the old names, a tool outside the project may
     * name them, and editing a migration that has run changes its checksum (Flyway then refuses
     * to migrate).
     */
    @Override
    public List<Fix> fixes(Finding finding, ScriptFile script, ProjectModel project) {
        EventTriggerDef found = project.eventTriggers().stream()
                .filter(t -> t.file() == script.source() && t.definition().name().range().equals(finding.location().range()))
                .findFirst().orElse(null);
        if (found == null || project.eventTriggers().stream().filter(t -> t.event().equals(found.event())).count() > MAX_RENAMED_EVENT) {
            return List.of();
        }
        String event = found.event();
        Database database = project.databaseOf(found);
        // The triggers that fire in a normal session, then those that fire only in a replica one.
        List<EventTriggerDef> firing = new ArrayList<>(project.firingOrder(event, false, database));
        project.firingOrder(event, true, database).stream().filter(t -> firing.stream().noneMatch(f -> f == t)).forEach(firing::add);
        List<TriggerNamePadding.Rename> renames = TriggerNamePadding.of(firing);
        boolean alone = !renames.isEmpty() && renames.stream().allMatch(r -> mentions(project, r.trigger().name()) == 1
                && r.trigger().file().text(r.trigger().definition().name().range()).equals(r.trigger().name())
                && mentions(project, r.name()) == 0);
        if (!alone) {
            return List.of();
        }
        List<TextEdit> edits = renames.stream().map(r -> new TextEdit(r.trigger().file(),
                r.trigger().definition().name().range().startOffset(), r.trigger().definition().name().range().endOffset(),
                r.name())).toList();
        String title = renames.stream().map(r -> r.trigger().name() + " to " + r.name()).collect(Collectors.joining(", "));
        return List.of(new Fix("Rename " + title + " (numbers padded to one width)", edits, Fix.Applicability.UNSAFE));
    }

    /**
     * How often the scripts of the project name {@code name}, a lower-case identifier, as a word
     * in any case; each script's words are counted once.
     */
    private static int mentions(ProjectModel project, String name) {
        return project.files().stream().mapToInt(file -> file.source().remember(WORD_COUNTS, () -> wordCounts(file.source().text()))
                .getOrDefault(name, 0)).sum();
    }

    private static Map<String, Integer> wordCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            counts.merge(word.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return counts;
    }

    /** Numbers by value, text case- and accent-insensitively: the order a person reads into names. */
    static int compareAsPeopleRead(String a, String b) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        Matcher left = CHUNK.matcher(a);
        Matcher right = CHUNK.matcher(b);
        while (left.find() && right.find()) {
            String x = left.group();
            String y = right.group();
            boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
            int c = numbers ? new BigInteger(x).compareTo(new BigInteger(y)) : collator.compare(x, y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
