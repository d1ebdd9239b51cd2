package dev.evtlint.lsp;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.config.ConfigException;
import dev.evtlint.pipeline.InvalidRequest;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.RuleDescriptor;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * One workspace in the editor: the documents it has open, the last analysis, and the diagnostics
 * published from it. Each change asks for a new analysis of the project; they run one at a time on
 * a thread of their own, and the changes that arrive during a run are analysed together after it.
 */
final class AnalysisSession {
    private final ProjectAnalyzer analyzer;
    private final LanguageClient client;
    private final RulePages pages = new RulePages();
    private final DiagnosticMapper diagnostics = new DiagnosticMapper(this::uri, pages);
    /** The URIs of the open documents as the client spells them, which diagnostics must repeat. */
    private final Map<Path, String> openUris = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "evtlint-lsp-analysis");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile AnalysisResult latest;
    /** Documents opened since the last analysis: they get their diagnostics even when there are none. */
    private final Set<String> newlyOpened = ConcurrentHashMap.newKeySet();
    /** The diagnostics last sent for each document that has some; touched by the analysis thread only. */
    private Map<String, List<Diagnostic>> published = Map.of();
    private Set<ToolNotification> told = Set.of();

    AnalysisSession(ProjectAnalyzer analyzer, LanguageClient client) {
        this.analyzer = analyzer;
        this.client = client;
    }

    void opened(String uri, String text) {
        Path path = path(uri);
        openUris.put(path, uri);
        newlyOpened.add(uri);
        analyzer.edited(path, text);
        reanalyse();
    }

    void changed(String uri, String text) {
        analyzer.edited(path(uri), text);
        reanalyse();
    }

    void closed(String uri) {
        Path path = path(uri);
        openUris.remove(path);
        analyzer.closed(path);
        reanalyse();
    }

    /** Asks for an analysis, unless one that has not started yet was asked for already. */
    void reanalyse() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(this::analyse);
        }
    }

    void shutdown() {
        worker.shutdownNow();
    }

    /** The findings of the last analysis in the document {@code uri} that {@code where} accepts. */
    List<Finding> findings(String uri, Predicate<Finding> where) {
        AnalysisResult result = latest;
        if (result == null) {
            return List.of();
        }
        Path path = path(uri);
        return result.findings().stream()
                .filter(f -> path.equals(f.location().file().path()) && where.test(f))
                .toList();
    }

    Diagnostic diagnostic(Finding finding) {
        return diagnostics.diagnostic(finding);
    }

    /** The fixes of a finding of the last analysis: its rule's, then the suppression comment. */
    List<Fix> fixes(Finding finding) {
        AnalysisResult result = latest;
        return result == null ? List.of() : result.fixes().withSuppression(finding);
    }

    Optional<RuleDescriptor> rule(String id) {
        return analyzer.rule(id);
    }

    String uri(SourceFile file) {
        Path path = file.path();
        if (path == null) {
            return analyzer.root().resolve(file.displayPath()).toUri().toString();
        }
        return openUris.getOrDefault(path, path.toUri().toString());
    }

    private void analyse() {
        pending.set(false);
        try {
            AnalysisResult result = analyzer.analyze();
            latest = result;
            publish(result);
            tell(result.notifications());
        } catch (ConfigException | InvalidRequest e) {
            client.showMessage(new MessageParams(MessageType.Error, e.getMessage()));
        } catch (RuntimeException e) {
            client.logMessage(new MessageParams(MessageType.Error, "evtlint: internal error: " + e + " (please report this)"));
        }
    }

    /**
     * The diagnostics of each file whose diagnostics changed: files with findings, files that had
     * some before, and each document when it is opened (the client shows what it was last sent).
     */
    private void publish(AnalysisResult result) {
        Map<String, List<Diagnostic>> byUri = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            byUri.computeIfAbsent(uri(finding.location().file()), uri -> new ArrayList<>()).add(diagnostic(finding));
        }
        Map<String, List<Diagnostic>> now = Map.copyOf(byUri);
        published.keySet().forEach(uri -> byUri.putIfAbsent(uri, List.of()));
        newlyOpened.forEach(uri -> byUri.putIfAbsent(uri, List.of()));
        newlyOpened.clear();
        byUri.forEach((uri, list) -> {
            if (!list.equals(published.get(uri)) || list.isEmpty()) {
                client.publishDiagnostics(new PublishDiagnosticsParams(uri, list));
            }
        });
        published = now;
    }

    /** The tool's own problems (a file it cannot read), each told once. */
    private void tell(List<ToolNotification> notifications) {
        for (ToolNotification notification : notifications) {
            if (!told.contains(notification)) {
                String where = notification.path().isEmpty() ? "" : notification.path() + ": ";
                client.logMessage(new MessageParams(notification.internalError() ? MessageType.Error : MessageType.Warning,
                        "evtlint: " + where + notification.message()));
            }
        }
        told = Set.copyOf(notifications);
    }

    private static Path path(String uri) {
        return Path.of(URI.create(uri)).toAbsolutePath().normalize();
    }
}
