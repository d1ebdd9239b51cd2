package dev.evtlint.suppress;

import dev.evtlint.ast.AstVisitor;
import dev.evtlint.ast.LineComment;
import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part;
import dev.evtlint.ast.PlStatement;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.Statement;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.RuleRegistry;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the suppression comments of a script with exact positions. Comments outside function
 * bodies cover the next statement; comments inside a PL/pgSQL body cover the next PL/pgSQL
 * statement of that body. The comments are those the parse found ({@link ScriptFile#lineComments()},
 * {@link Part.PlPgSqlBody#lineComments()}), so a {@code --} inside a string or a dollar quote is
 * text, not a comment, and the text is not read again.
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
        // Most scripts have no suppression: their comments need not be read.
        if (!file.text().contains(SuppressionSyntax.MARKER)) {
            return;
        }
        for (Region region : regions(script)) {
            scanComments(file, region.comments(), region.targets());
        }
    }

    /**
     * Comments that cover the next of {@code targets}: those of the whole script with its
     * statements, and those of each PL/pgSQL body with its statements.
     */
    record Region(List<LineComment> comments, List<Node> targets) {
    }

    static List<Region> regions(ScriptFile script) {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region(script.lineComments(), List.copyOf(script.statements())));
        for (Statement statement : script.statements()) {
            for (Part.PlPgSqlBody body : AstVisitor.collect(statement, Part.PlPgSqlBody.class)) {
                List<Node> plStatements = body.block() == null ? List.of()
                        : List.copyOf(AstVisitor.collect(body.block(), PlStatement.class));
                regions.add(new Region(body.lineComments(), plStatements));
            }
        }
        return regions;
    }

    /** Reads {@code lineComments}; {@code targets} are the statements they may cover. */
    private void scanComments(SourceFile file, List<LineComment> lineComments, List<Node> targets) {
        String text = file.text();
        for (LineComment lineComment : lineComments) {
            Optional<SuppressionSyntax.Parsed> parsed = syntax.parse(text.substring(lineComment.startOffset(), lineComment.endOffset()));
            if (parsed.isEmpty()) {
                continue;
            }
            SourceRange range = file.range(lineComment.startOffset(), lineComment.endOffset());
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
}
