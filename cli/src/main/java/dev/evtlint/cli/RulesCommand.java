package dev.evtlint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code evtlint rules}: the rule catalog. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the rules: ID, name, default severity and what each flags.")
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    private EvtlintCommand parent;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TriggersFormat format;

    @Override
    public Integer call() {
        List<RuleDescriptor> rules = RuleRegistry.load().descriptors();
        PrintStream out = parent.out();
        if (format == TriggersFormat.JSON) {
            out.println(json(rules));
        } else {
            for (RuleDescriptor rule : rules) {
                out.printf("%s  %-40s %-8s %s%n", rule.id(), rule.name(), rule.severity().label(), rule.summary());
            }
        }
        return ExitCodes.OK;
    }

    private static String json(List<RuleDescriptor> rules) {
        List<Map<String, Object>> entries = rules.stream().map(rule -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", rule.id());
            entry.put("name", rule.name());
            entry.put("severity", rule.severity().label());
            entry.put("category", rule.category().title());
            entry.put("summary", rule.summary());
            entry.put("tags", rule.tags());
            entry.put("precision", rule.precision());
            if (!rule.securitySeverity().isEmpty()) {
                entry.put("securitySeverity", rule.securitySeverity());
            }
            entry.put("since", rule.since());
            return entry;
        }).toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
