package dev.evtlint.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * One reported hazard. {@code severity} is the rule's severity unless the configuration overrides
 * it; {@code help} says how to fix it and may be empty.
 */
public record Finding(RuleDescriptor rule, Severity severity, Location location, String message, String help,
                      List<RelatedLocation> related) {

    /** The same finding with one more related location, after the others. */
    public Finding withRelated(RelatedLocation more) {
        List<RelatedLocation> all = new ArrayList<>(related);
        all.add(more);
        return new Finding(rule, severity, location, message, help, List.copyOf(all));
    }
}
