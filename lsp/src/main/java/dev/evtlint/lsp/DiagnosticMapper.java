package dev.evtlint.lsp;

import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RelatedLocation;
import dev.evtlint.rule.Severity;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** A finding as an LSP diagnostic: the rule ID, range, message and severity that {@code check} reports. */
final class DiagnosticMapper {
    static final String SOURCE = "evtlint";

    private final Function<dev.evtlint.ast.SourceFile, String> uriOf;
    private final RulePages pages;

    DiagnosticMapper(Function<dev.evtlint.ast.SourceFile, String> uriOf, RulePages pages) {
        this.uriOf = uriOf;
        this.pages = pages;
    }

    Diagnostic diagnostic(Finding finding) {
        Diagnostic diagnostic = new Diagnostic(LspRanges.of(finding.location().range()), finding.message(),
                severity(finding.severity()), SOURCE, finding.rule().id());
        diagnostic.setCode(Either.forLeft(finding.rule().id()));
        diagnostic.setCodeDescription(new DiagnosticCodeDescription(pages.uri(finding.rule())));
        if (!finding.related().isEmpty()) {
            diagnostic.setRelatedInformation(finding.related().stream().map(this::related).toList());
        }
        return diagnostic;
    }

    private DiagnosticRelatedInformation related(RelatedLocation related) {
        dev.evtlint.rule.Location location = related.location();
        return new DiagnosticRelatedInformation(
                new Location(uriOf.apply(location.file()), LspRanges.of(location.range())), related.message());
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case NOTE -> DiagnosticSeverity.Information;
        };
    }
}
