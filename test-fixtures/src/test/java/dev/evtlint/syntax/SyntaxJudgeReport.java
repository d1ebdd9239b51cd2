package dev.evtlint.syntax;

import dev.evtlint.groundtruth.PlpgsqlCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * evtlint's verdicts next to PostgreSQL's: the disagreements (evtlint rejects what PostgreSQL
 * accepts), the counts, and a TSV of every statement or body that either side rejects.
 */
final class SyntaxJudgeReport {
    static final String HEADER = "corpus\tfile\tline\tcolumn\tkind\ttag\tevtlint\tpostgres\tevtlint_message\tpostgres_message";

    private final List<String> rows = new ArrayList<>();
    private final List<String> disagreements = new ArrayList<>();
    private final List<String> undecided = new ArrayList<>();
    private int statements;
    private int bothReject;
    private int onlyPostgresRejects;
    private int bodies;
    private int bodiesBothReject;

    void statement(JudgedScripts.Item item, LibPgQuery.Verdict postgres) {
        statements++;
        boolean ours = item.row().ok();
        if (ours && postgres.accepted()) {
            return;
        }
        String theirs = postgres.accepted() ? "ok" : "error";
        row(item, theirs, postgres.error());
        if (!ours && !postgres.accepted()) {
            bothReject++;
        } else if (ours) {
            onlyPostgresRejects++;
        } else {
            disagreements.add(disagreement(item, "libpg_query " + LibPgQuery.PACKAGE + " accepts it"));
        }
    }

    void rejectedBody(JudgedScripts.Item item, PlpgsqlCompiler.Verdict postgres) {
        bodies++;
        row(item, postgres.outcome().name().toLowerCase(Locale.ROOT), postgres.message());
        switch (postgres.outcome()) {
            case REJECTED -> bodiesBothReject++;
            case ACCEPTED -> disagreements.add(disagreement(item, "PostgreSQL creates the function with check_function_bodies = on"));
            case UNDECIDED -> undecided.add(item.where() + ": PostgreSQL stops before the body: " + postgres.message());
        }
    }

    private void row(JudgedScripts.Item item, String postgres, String postgresMessage) {
        var row = item.row();
        rows.add(String.join("\t", item.corpus(), row.file(), String.valueOf(row.range().startLine()),
                String.valueOf(row.range().startColumn()), row.kind(), row.tag(), row.ok() ? "ok" : "error", postgres,
                clean(row.message()), clean(postgresMessage)));
    }

    private static String disagreement(JudgedScripts.Item item, String postgres) {
        return item.where() + ": " + item.row().kind() + " " + item.row().tag() + ": evtlint rejects it ("
                + item.row().message() + "), " + postgres;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    List<String> disagreements() {
        return disagreements;
    }

    String summary() {
        return String.format("syntax judge: %d statements, evtlint and PostgreSQL reject %d, only PostgreSQL rejects %d;"
                        + " %d PL/pgSQL bodies evtlint rejects, PostgreSQL rejects %d, cannot tell %d; %d disagreements",
                statements, bothReject, onlyPostgresRejects, bodies, bodiesBothReject, undecided.size(), disagreements.size())
                + (undecided.isEmpty() ? "" : "\n  cannot tell: " + String.join("\n  cannot tell: ", undecided));
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + (rows.isEmpty() ? "" : "\n"), StandardCharsets.UTF_8);
    }
}
