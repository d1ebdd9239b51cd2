package dev.evtlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An LSP client over pipes, with LSP4J's client side, talking to a server that runs as
 * {@code evtlint lsp} runs it; it keeps the diagnostics last published for each document.
 */
public final class TestClient implements LanguageClient, AutoCloseable {
    private static final long WAIT_SECONDS = 60;
    /** Large: a writer that finds a PipedInputStream full polls only once a second for space. */
    private static final int PIPE_BYTES = 1 << 22;

    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private final List<MessageParams> messages = new CopyOnWriteArrayList<>();
    private final PipedOutputStream toServer;
    public final LanguageServer server;
    final CompletableFuture<Integer> exitCode;

    private TestClient(Path root) throws IOException {
        PipedInputStream serverIn = new PipedInputStream(PIPE_BYTES);
        toServer = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream toClient = new PipedOutputStream(clientIn);
        exitCode = new CompletableFuture<>();
        Thread serverThread = new Thread(() -> {
            try (toClient) {
                exitCode.complete(EvtlintLanguageServer.run(serverIn, toClient));
            } catch (IOException | RuntimeException e) {
                exitCode.completeExceptionally(e);
            }
        }, "evtlint-lsp-under-test");
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "project")));
        get(server.initialize(params));
        server.initialized(new InitializedParams());
    }

    public static TestClient start(Path root) throws IOException {
        return new TestClient(root);
    }

    public static String uri(Path file) {
        return file.toUri().toString();
    }

    public void open(Path file, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(file), "sql", 1, text)));
    }

    /** The diagnostics of {@code file} once they satisfy {@code expected}; fails after a minute. */
    public List<Diagnostic> diagnostics(Path file, Predicate<List<Diagnostic>> expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        synchronized (diagnostics) {
            while (true) {
                List<Diagnostic> current = diagnostics.get(uri(file));
                if (current != null && expected.test(current)) {
                    return current;
                }
                long left = deadline - System.nanoTime();
                assertEquals(true, left > 0, "no such diagnostics for " + file + "; last: " + current + "; messages: " + messages);
                try {
                    diagnostics.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    public static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The diagnostics last published, by document URI. */
    public Map<String, List<Diagnostic>> published() {
        synchronized (diagnostics) {
            return Map.copyOf(diagnostics);
        }
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        synchronized (diagnostics) {
            diagnostics.put(params.getUri(), params.getDiagnostics());
            diagnostics.notifyAll();
        }
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams params) {
        messages.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        messages.add(params);
    }

    /** shutdown, then exit: the server's run ends with 0. */
    @Override
    public void close() {
        get(server.shutdown());
        server.exit();
        assertEquals(EvtlintLanguageServer.EXIT_OK, get(exitCode));
        try {
            toServer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
