package dev.evtlint.syntax;

import dev.evtlint.api.ParseListing;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What evtlint says of every statement and PL/pgSQL body in the scripts of some folders (the rows
 * of {@code evtlint parse}), each with its text, for PostgreSQL to judge. A file evtlint cannot
 * read (not UTF-8) has no rows; it is counted.
 */
final class JudgedScripts {

    /**
     * A folder of *.sql files, named in the report by {@code corpus}, without the files of its
     * subfolders named in {@code heldOut} (held-out corpus projects, which no test may parse).
     */
    record Folder(String corpus, Path path, Set<String> heldOut) {
        Folder(String corpus, Path path) {
            this(corpus, path, Set.of());
        }

        private boolean holdsOut(Path file) {
            return heldOut.contains(path.relativize(file).getName(0).toString());
        }
    }

    /** One row of {@code evtlint parse}, where it comes from, and the text of its statement. */
    record Item(String corpus, SourceFile source, ParseListing.Row row) {
        String where() {
            return corpus + ":" + row.file() + ":" + row.range().startLine() + ":" + row.range().startColumn();
        }

        boolean isBody() {
            return row.kind().equals("plpgsql-body");
        }

        boolean isSqlBody() {
            return row.kind().equals("sql-body");
        }

        /**
         * What PostgreSQL's parser reads: a statement's text, or a LANGUAGE sql body's statements
         * (the string literal's content); null for a body in an escape string, which is not unescaped here.
         */
        String parserInput() {
            if (!isSqlBody()) {
                return statementText();
            }
            String literal = bodyLiteral();
            if (literal.startsWith("$")) {
                int tagEnd = literal.indexOf('$', 1) + 1;
                return literal.substring(tagEnd, literal.length() - tagEnd);
            }
            return literal.startsWith("'") ? literal.substring(1, literal.length() - 1).replace("''", "'") : null;
        }

        String statementText() {
            return text(row.statement());
        }

        /** The body's string literal as written, with its quotes. */
        String bodyLiteral() {
            return text(row.range());
        }

        /** Where the body's literal starts in {@link #statementText()}. */
        int bodyStart() {
            return row.range().startOffset() - row.statement().startOffset();
        }

        int bodyEnd() {
            return row.range().endOffset() - row.statement().startOffset();
        }

        private String text(SourceRange range) {
            return source.text().substring(range.startOffset(), range.endOffset());
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    JudgedScripts(List<Folder> folders) {
        ScriptParser parser = new ScriptParser();
        SourceReader reader = new SourceReader();
        for (Folder folder : folders) {
            for (Path path : sqlFiles(folder)) {
                String displayPath = folder.path().relativize(path).toString().replace('\\', '/');
                SourceReader.Outcome outcome = reader.read(path, displayPath);
                if (!outcome.ok()) {
                    unreadable.add(folder.corpus() + ":" + displayPath + ": " + outcome.problem());
                    continue;
                }
                for (ParseListing.Row row : ParseListing.rows(parser.parse(outcome.source()))) {
                    items.add(new Item(folder.corpus(), outcome.source(), row));
                }
            }
        }
    }

    private static List<Path> sqlFiles(Folder folder) {
        try (Stream<Path> paths = Files.walk(folder.path())) {
            return paths.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .filter(p -> !folder.holdsOut(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements, and the LANGUAGE sql bodies, whose text PostgreSQL's parser judges. */
    List<Item> statements() {
        return items.stream().filter(item -> !item.isBody()).filter(item -> item.parserInput() != null).toList();
    }

    /** The PL/pgSQL bodies evtlint rejects. */
    List<Item> rejectedBodies() {
        return items.stream().filter(Item::isBody).filter(item -> !item.row().ok()).toList();
    }

    List<String> unreadable() {
        return unreadable;
    }
}
