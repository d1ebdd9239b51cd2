package dev.evtlint.lsp;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.LiveSources;
import dev.evtlint.api.Progress;
import dev.evtlint.config.ConfigException;
import dev.evtlint.pipeline.CheckRequest;
import dev.evtlint.pipeline.InvalidRequest;
import dev.evtlint.pipeline.Pipeline;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The language server's one door to evtlint's library: the workspace folder analysed as
 * {@code evtlint check} run in it analyses it (its evtlint.toml, run order and suppressions), with
 * the editor's unsaved buffers in place of their files and the unchanged files' parses reused.
 * Nothing else in the server builds a request, so a change of the library's entry point changes
 * this class only.
 */
final class ProjectAnalyzer {
    private final Path root;
    private final RuleRegistry registry = RuleRegistry.load();
    private final LiveSources live = LiveSources.create();
    private final int jobs = Runtime.getRuntime().availableProcessors();

    ProjectAnalyzer(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The editor holds {@code text} for {@code file}, saved or not. */
    void edited(Path file, String text) {
        live.edited(file, text);
    }

    /** The editor closed {@code file}: the file on disk holds its text again. */
    void closed(Path file) {
        live.saved(file);
    }

    /**
     * Analyses the whole project through the pipeline {@code evtlint check} uses; the configuration
     * is read again each time, so that an edit of evtlint.toml or of the run-order file counts at once.
     */
    AnalysisResult analyze() throws ConfigException, InvalidRequest {
        CheckRequest request = CheckRequest.builder(root).paths(List.of(root)).jobs(jobs).build();
        return Pipeline.resolve(request).check(Progress.NONE, live).reported();
    }

    Optional<RuleDescriptor> rule(String id) {
        return registry.find(id);
    }
}
