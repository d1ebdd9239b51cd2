package dev.evtlint.lsp;

import java.util.function.Supplier;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Changes outside the open documents (files, evtlint.toml, settings): the project is analysed again. */
final class Workspace implements WorkspaceService {
    private final Supplier<AnalysisSession> session;

    Workspace(Supplier<AnalysisSession> session) {
        this.session = session;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        session.get().reanalyse();
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        session.get().reanalyse();
    }
}
