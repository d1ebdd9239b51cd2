package dev.evtlint.cli;

import dev.evtlint.lsp.EvtlintLanguageServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code evtlint lsp}: the language server, speaking LSP on standard input and output. The project
 * is the editor's workspace folder; see docs/editors.md.
 */
@Command(name = "lsp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs the language server on standard input and output, for an editor (see docs/editors.md).")
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        // The raw streams: the protocol's bytes must not pass through a PrintStream's charset.
        return EvtlintLanguageServer.run(new FileInputStream(FileDescriptor.in), new FileOutputStream(FileDescriptor.out));
    }
}
