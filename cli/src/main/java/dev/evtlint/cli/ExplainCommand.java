package dev.evtlint.cli;

import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code evtlint explain ID|name}: a rule's documentation, as it ships beside the rule. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Shows a rule's documentation: what it flags, why it matters, an example and the fix.")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    private EvtlintCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "A rule ID (EVT101) or name (login-write-without-recovery-guard).")
    private String rule;

    @Override
    public Integer call() {
        RuleDescriptor descriptor = RuleRegistry.load().find(rule).orElseThrow(() -> new ParameterException(
                spec.commandLine(), DidYouMean.unknownRule(rule)));
        parent.out().print(descriptor.documentation());
        return ExitCodes.OK;
    }
}
