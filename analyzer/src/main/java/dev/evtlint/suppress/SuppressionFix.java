package dev.evtlint.suppress;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.TextEdit;
import dev.evtlint.script.ScriptFile;
import java.util.List;
import java.util.Optional;

/**
 * The fix that silences a finding the user accepts: a {@code -- evtlint-ignore RULE} comment just
 * before the innermost statement that holds the finding (a PL/pgSQL statement inside a function
 * body, else the script's statement), with a placeholder for the reason that a reviewer asks for.
 * It is placed where {@link SuppressionScanner} looks for it, so the comment covers that statement.
 * Display only: the reason is the person's to write, so no run makes this fix on its own.
 */
public final class SuppressionFix {
    static final String REASON_PLACEHOLDER = "TODO: say why this is safe";

    private SuppressionFix() {
    }

    /** Empty for the findings about suppression comments themselves, and for one outside every statement. */
    public static Optional<Fix> of(Finding finding, ScriptFile script) {
        String ruleId = finding.rule().id();
        if (ruleId.equals(Suppressions.UNUSED_ID) || ruleId.equals(Suppressions.INVALID_ID)) {
            return Optional.empty();
        }
        int offset = finding.location().range().startOffset();
        SourceRange target = null;
        for (SuppressionScanner.Region region : SuppressionScanner.regions(script)) {
            for (Node statement : region.targets()) {
                SourceRange range = statement.range();
                boolean holds = range.startOffset() <= offset && offset < Math.max(range.endOffset(), range.startOffset() + 1);
                if (holds && (target == null || range.startOffset() >= target.startOffset() && range.endOffset() <= target.endOffset())) {
                    target = range;
                }
            }
        }
        if (target == null) {
            return Optional.empty();
        }
        String comment = "-- " + SuppressionSyntax.MARKER + " " + ruleId + " " + REASON_PLACEHOLDER;
        return Optional.of(new Fix("Suppress " + ruleId + " here (with a reason)", List.of(TextEdit.lineBefore(script.source(), target, comment)),
                Fix.Applicability.DISPLAY_ONLY));
    }
}
