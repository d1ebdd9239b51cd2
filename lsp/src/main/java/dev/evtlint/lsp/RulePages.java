package dev.evtlint.lsp;

import dev.evtlint.rule.RuleDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules' documentation as pages an editor can open from a diagnostic's code description. The
 * documentation ships inside the rules' jar and the project has no public home for it yet, so each
 * page is written once to a folder of this server's own, removed when it exits.
 */
final class RulePages {
    private final Map<String, String> uris = new ConcurrentHashMap<>();
    private Path folder;

    String uri(RuleDescriptor rule) {
        return uris.computeIfAbsent(rule.id(), id -> write(rule));
    }

    private synchronized String write(RuleDescriptor rule) {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("evtlint-rules-");
                folder.toFile().deleteOnExit();
            }
            Path page = folder.resolve(rule.id() + ".md");
            Files.writeString(page, rule.documentation(), StandardCharsets.UTF_8);
            page.toFile().deleteOnExit();
            return page.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page of " + rule.id(), e);
        }
    }
}
