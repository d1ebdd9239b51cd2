package dev.evtlint.rule;

import dev.evtlint.ast.Node;
import dev.evtlint.ast.Part.QualifiedName;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.flow.FlowAnalysis;
import dev.evtlint.model.ProjectModel;
import dev.evtlint.ast.SourceFile;

/** What a rule sees: the project model, its flow facts, the options, and a way to report. */
public interface RuleContext {

    ProjectModel model();

    FlowAnalysis flow();

    /** The PostgreSQL major version the scripts target (13 to 18). */
    int pgVersion();

    /**
     * Whether a function that no analysed script defines is known to exist in the database (the
     * configuration's {@code known-functions}): a reference to it is not unresolved.
     */
    default boolean isKnownExternalFunction(QualifiedName name) {
        return false;
    }

    /** Starts a finding at {@code range} of {@code file}; the message must be set on the returned builder. */
    FindingBuilder report(SourceFile file, SourceRange range);

    default FindingBuilder report(SourceFile file, Node node) {
        return report(file, node.range());
    }
}
