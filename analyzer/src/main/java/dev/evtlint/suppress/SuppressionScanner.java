package dev.evtlint.suppress;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.model.ScriptFile;
import dev.evtlint.parse.LineComments;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the suppression comments of a script with exact positions. Comments outside function
 * bodies cover the next statement; comments inside a PL/pgSQL body cover the next PL/pgSQL
 * statement of that body. Comments are found as psql finds them ({@link LineComments}), so a
 * {@code --} inside a string or a dollar quote is text, not a comment.
 */
final class SuppressionScanner {
    private final SuppressionSyntax syntax;
    private final List<SuppressionComment> comments = new ArrayList<>();
    private final List<InvalidSuppression> invalid = new ArrayList<>();

    /** @param findRule the rule with an ID or name, as {@link RuleRegistry#find} */
    SuppressionScanner(Function<String, Optional<RuleDescriptor>> findRule) {
        this.syntax = new SuppressionSyntax(findRule);
    }

    List<SuppressionComment> comments() {
        return comments;
    }

    List<InvalidSuppression> invalid() {
        return invalid;
    }

    void scan(ScriptFile script) {
        SourceFile file = script.source();
        // Most scripts have no suppression: they are not scanned a second time.
        if (!file.text().contains(SuppressionSyntax.MARKER)) {
            return;
        }
        for (Region region : regions(script)) {
            scanText(file, region.start(), region.end(), region.targets());
        }
    }

    /**
     * A stretch of a script, [start, end), whose comments cover the next of {@code targets}: the
     * whole script with its statements, and the interior of each PL/pgSQL body with its statements.
     */
    record Region(int start, int end, List<Node> targets) {
    }

    static List<Region> regions(ScriptFile script) {
        SourceFile file = script.source();
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(0, file.text().length(), List.copyOf(script.statements())));
        for (Statement statement : script.statements()) {
            for (Part.PlPgSqlBody body : AstVisitor.collect(statement, Part.PlPgSqlBody.class)) {
                List<Node> plStatements = body.block() == null ? List.of()
                        : List.copyOf(AstVisitor.collect(body.block(), PlStatement.class));
                int start = interiorStart(file, body.range());
                int end = interiorEnd(file, body.range());
                if (start <= end) {
                    regions.add(new Region(start, end, plStatements));
                }
            }
        }
        return regions;
    }

    /** Reads the comments in [start, end) of the file; {@code targets} are the statements they may cover. */
    private void scanText(SourceFile file, int start, int end, List<Node> targets) {
        String text = file.text().substring(start, end);
        for (LineComments.Span span : LineComments.in(text)) {
            Optional<SuppressionSyntax.Parsed> parsed = syntax.parse(text.substring(span.start(), span.end()));
            if (parsed.isEmpty()) {
                continue;
            }
            SourceRange range = file.range(start + span.start(), start + span.end());
            SuppressionSyntax.Parsed comment = parsed.get();
            if (!comment.valid()) {
                invalid.add(new InvalidSuppression(file, range, comment.problem()));
            } else {
                SourceRange target = comment.wholeFile() ? null : next(targets, range.endOffset());
                comments.add(new SuppressionComment(file, range, comment.wholeFile(), comment.rules(), comment.reason(), target));
            }
        }
    }

    /** The first statement after {@code offset}; of several starting there, the outermost. */
    static SourceRange next(List<Node> statements, int offset) {
        SourceRange best = null;
        for (Node statement : statements) {
            SourceRange range = statement.range();
            if (range.startOffset() >= offset && (best == null || range.startOffset() < best.startOffset()
                    || range.startOffset() == best.startOffset() && range.endOffset() > best.endOffset())) {
                best = range;
            }
        }
        return best;
    }

    /** Where the text of a body literal starts: after {@code $tag$}, {@code '} or {@code E'}. */
    private static int interiorStart(SourceFile file, SourceRange literal) {
        String text = file.text();
        int start = literal.startOffset();
        if (text.charAt(start) == '$') {
            return text.indexOf('$', start + 1) + 1;
        }
        return text.charAt(start) == '\'' ? start + 1 : start + 2;
    }

    private static int interiorEnd(SourceFile file, SourceRange literal) {
        String text = file.text();
        int end = literal.endOffset();
        if (text.charAt(end - 1) == '$') {
            return text.lastIndexOf('$', end - 2);
        }
        return end - 1;
    }
}
