package dev.evtlint.cli;

import dev.evtlint.api.ParseListing;
import dev.evtlint.pipeline.Pipeline;
import dev.evtlint.report.Printable;
import dev.evtlint.ast.SourceRange;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code evtlint parse}: how evtlint splits and parses scripts, one row per statement and per
 * PL/pgSQL body (DESIGN.md section 7). Exits with 1 when something does not parse.
 */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Shows how evtlint splits and parses SQL scripts: every statement and PL/pgSQL body, "
                + "its command tag, and whether it parses.")
final class ParseCommand implements Callable<Integer> {
    static final String TSV_HEADER = "file\tline\tcolumn\tend_line\tend_column\tkind\ttag\tstatus\tmessage";

    @ParentCommand
    private EvtlintCommand parent;

    @Mixin
    private ProjectPaths paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ParseFormat format;

    @Override
    public Integer call() {
        Path workingDirectory = parent.environment().workingDirectory();
        Optional<Pipeline> pipeline = paths.pipeline(paths.request(workingDirectory).build(), parent.err());
        if (pipeline.isEmpty()) {
            return ExitCodes.USAGE;
        }
        ParseListing.Result result = pipeline.get().parse();
        PrintStream out = parent.out();
        if (format == ParseFormat.TSV) {
            out.println(TSV_HEADER);
        }
        for (ParseListing.Row row : result.rows()) {
            out.println(format == ParseFormat.TSV ? tsv(row) : Printable.escapeLineStart(text(row)));
        }
        int problems = ExitCodes.report(result.notifications(), parent.err());
        if (problems != ExitCodes.OK) {
            return problems;
        }
        return result.rows().stream().allMatch(ParseListing.Row::ok) ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static String text(ParseListing.Row row) {
        SourceRange r = row.range();
        String where = row.file() + ":" + r.startLine() + ":" + r.startColumn() + "-" + r.endLine() + ":" + r.endColumn();
        String status = row.ok() ? "ok" : "error: " + row.message();
        String indent = row.kind().equals("statement") ? "" : "  ";
        return indent + where + ": " + row.kind() + " " + row.tag() + ": " + status;
    }

    private static String tsv(ParseListing.Row row) {
        SourceRange r = row.range();
        return String.join("\t", Printable.escapeLineStart(clean(row.file())), String.valueOf(r.startLine()), String.valueOf(r.startColumn()),
                String.valueOf(r.endLine()), String.valueOf(r.endColumn()), row.kind(), row.tag(),
                row.ok() ? "ok" : "error", clean(row.message()));
    }

    /** TSV fields hold no tabs or line breaks, and no other control characters unescaped. */
    private static String clean(String field) {
        return Printable.escape(field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
}
