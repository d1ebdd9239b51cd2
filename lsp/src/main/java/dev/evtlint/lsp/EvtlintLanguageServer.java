package dev.evtlint.lsp;

import dev.evtlint.api.Evtlint;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code evtlint lsp}: a language server for one workspace folder, the project (its first folder,
 * else its root). Diagnostics follow every open, change and save; hover shows the rule's
 * documentation; code actions offer the findings' fixes.
 */
public final class EvtlintLanguageServer implements LanguageServer, LanguageClientAware {
    /** Exit codes as LSP asks: 0 after shutdown then exit, 1 on exit without shutdown or when the client went away. */
    public static final int EXIT_OK = 0;
    public static final int EXIT_WITHOUT_SHUTDOWN = 1;

    private final Documents documents = new Documents(this::session);
    private final Workspace workspace = new Workspace(this::session);
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private LanguageClient client;
    private volatile AnalysisSession session;
    private volatile boolean shutDown;

    /** Serves the client at the other end of {@code in} and {@code out} until it exits or goes away; returns the exit code. */
    public static int run(InputStream in, OutputStream out) {
        Evtlint.warmUp();
        EvtlintLanguageServer server = new EvtlintLanguageServer();
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        // A thread of its own, not a pool's: it blocks until the client closes the stream.
        Thread watcher = new Thread(() -> {
            waitFor(listening);
            server.exited.complete(EXIT_WITHOUT_SHUTDOWN);
        }, "evtlint-lsp-input");
        watcher.setDaemon(true);
        watcher.start();
        return server.exited.join();
    }

    private static void waitFor(Future<Void> listening) {
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // The stream ended badly: the client is gone either way.
        }
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        session = new AnalysisSession(new ProjectAnalyzer(root(params)), client);
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("evtlint")));
    }

    /** The project: the first workspace folder, else the root the client names, else the working directory. */
    @SuppressWarnings("deprecation")
    private static Path root(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && !folders.isEmpty()) {
            return Path.of(URI.create(folders.get(0).getUri()));
        }
        if (params.getRootUri() != null) {
            return Path.of(URI.create(params.getRootUri()));
        }
        return params.getRootPath() != null ? Path.of(params.getRootPath()) : Path.of("").toAbsolutePath();
    }

    @Override
    public void initialized(InitializedParams params) {
        session().reanalyse();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        if (session != null) {
            session.shutdown();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutDown ? EXIT_OK : EXIT_WITHOUT_SHUTDOWN);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private AnalysisSession session() {
        AnalysisSession current = session;
        if (current == null) {
            throw new IllegalStateException("the client sent a request before initialize");
        }
        return current;
    }
}
