package dev.evtlint.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated file with a fixed header, read strictly: a missing file, another header or a row
 * with another number of columns is a broken corpus, said with the file and line.
 */
final class TsvTable {
    private final List<Row> rows;

    /** One row; {@code line} is its line number in the file, for messages. */
    record Row(Path file, int line, List<String> header, String[] cells) {
        String get(String column) {
            return cells[header.indexOf(column)];
        }

        String where() {
            return file + ":" + line;
        }
    }

    private TsvTable(List<Row> rows) {
        this.rows = rows;
    }

    static TsvTable read(Path file, List<String> header) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(header)) {
            throw new IllegalStateException(file + ": the header must be " + String.join("<TAB>", header));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.size()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": " + cells.length + " columns, not " + header.size());
            }
            rows.add(new Row(file, i + 1, header, cells));
        }
        return new TsvTable(rows);
    }

    List<Row> rows() {
        return rows;
    }
}
