package dev.evtlint.cli;

import dev.evtlint.rule.RuleRegistry;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** --select and --ignore name rules that exist; a typo is a usage error, not a silent no-op. */
final class RuleSelection {

    private RuleSelection() {
    }

    static void check(Set<String> select, Set<String> ignore, CommandSpec spec) {
        RuleRegistry registry = RuleRegistry.load();
        for (Set<String> keys : List.of(select, ignore)) {
            for (String key : keys) {
                if (registry.find(key).isEmpty()) {
                    throw new ParameterException(spec.commandLine(), DidYouMean.unknownRule(key));
                }
            }
        }
    }
}
