package dev.evtlint.rules.tool;

import dev.evtlint.rule.Category;
import dev.evtlint.rule.Rule;
import dev.evtlint.rule.RuleContext;
import dev.evtlint.rule.RuleMeta;
import dev.evtlint.rule.Severity;
import dev.evtlint.script.ScriptFile;

/** Reports the statements and PL/pgSQL bodies the parser could not read, at the offending token. */
@RuleMeta(id = "EVT000", name = "syntax-error", summary = "Statement or PL/pgSQL body that does not parse",
        severity = Severity.ERROR, category = Category.TOOL, since = "0.1.0", tags = {"correctness"},
        precision = "very-high")
public final class SyntaxError implements Rule {

    @Override
    public void check(RuleContext context) {
        for (ScriptFile file : context.model().files()) {
            for (dev.evtlint.ast.SyntaxError error : file.syntaxErrors()) {
                context.report(file.source(), error.range())
                        .message(error.message())
                        .help("evtlint could not analyse this statement; fix the syntax, or report a bug if PostgreSQL accepts it");
            }
        }
    }
}
