package dev.evtlint.lsp;

import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open documents: their text replaces their files (full synchronisation), hover shows the
 * documentation of the rules reported under the cursor, code actions offer the findings' fixes.
 */
final class Documents implements TextDocumentService {
    private final Supplier<AnalysisSession> session;

    Documents(Supplier<AnalysisSession> session) {
        this.session = session;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        session.get().opened(params.getTextDocument().getUri(), params.getTextDocument().getText());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        // Full synchronisation: the last change holds the whole text.
        List<TextDocumentContentChangeEvent> changes = params.getContentChanges();
        session.get().changed(params.getTextDocument().getUri(), changes.get(changes.size() - 1).getText());
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        session.get().closed(params.getTextDocument().getUri());
    }

    /** The buffer already held the saved text; other tools may have changed files beside it meanwhile. */
    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        session.get().reanalyse();
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        List<Finding> here = session.get().findings(params.getTextDocument().getUri(),
                f -> LspRanges.contains(f.location().range(), params.getPosition()));
        if (here.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        StringBuilder text = new StringBuilder();
        here.stream().map(Finding::rule).map(RuleDescriptor::id).distinct().forEach(id ->
                session.get().rule(id).ifPresent(rule -> {
                    if (!text.isEmpty()) {
                        text.append("\n\n---\n\n");
                    }
                    text.append(rule.documentation().strip());
                }));
        return CompletableFuture.completedFuture(new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString())));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        AnalysisSession current = session.get();
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (Finding finding : current.findings(params.getTextDocument().getUri(),
                f -> LspRanges.overlaps(f.location().range(), params.getRange()))) {
            for (Fix fix : current.fixes(finding)) {
                CodeAction action = new CodeAction(fix.title());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(current.diagnostic(finding)));
                action.setEdit(edit(fix, current));
                actions.add(Either.forRight(action));
            }
        }
        return CompletableFuture.completedFuture(actions);
    }

    private static WorkspaceEdit edit(Fix fix, AnalysisSession session) {
        Map<String, List<org.eclipse.lsp4j.TextEdit>> changes = new LinkedHashMap<>();
        for (TextEdit edit : fix.edits()) {
            changes.computeIfAbsent(session.uri(edit.file()), uri -> new ArrayList<>())
                    .add(new org.eclipse.lsp4j.TextEdit(LspRanges.of(edit.range()), edit.newText()));
        }
        return new WorkspaceEdit(changes);
    }
}
