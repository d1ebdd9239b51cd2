package dev.evtlint.rule;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects what a rule says about one finding; the engine builds the finding after the rule ran. */
public final class FindingBuilder {
    private final RuleDescriptor rule;
    private final Location location;
    private final List<RelatedLocation> related = new ArrayList<>();
    private String message;
    private String help = "";
    private Severity severity;

    FindingBuilder(RuleDescriptor rule, Location location) {
        this.rule = rule;
        this.location = location;
    }

    public FindingBuilder message(String text) {
        this.message = Objects.requireNonNull(text);
        return this;
    }

    /** How to fix it: one line, shown under the finding and in SARIF. */
    public FindingBuilder help(String text) {
        this.help = Objects.requireNonNull(text);
        return this;
    }

    /**
     * A severity other than the rule's default, for the cases RULES.md grades lower (EVT401's
     * pg_event_trigger_ddl_commands() outside ddl_command_end is a warning, the rest errors).
     */
    public FindingBuilder severity(Severity level) {
        this.severity = Objects.requireNonNull(level);
        return this;
    }

    public FindingBuilder related(SourceFile file, SourceRange range, String description) {
        related.add(new RelatedLocation(new Location(file, range), description));
        return this;
    }

    public FindingBuilder related(SourceFile file, Node node, String description) {
        return related(file, node.range(), description);
    }

    Finding build(Severity ruleSeverity) {
        if (message == null) {
            throw new IllegalStateException(rule.id() + " reported a finding without a message");
        }
        return new Finding(rule, severity == null ? ruleSeverity : severity, location, message, help, List.copyOf(related));
    }
}
