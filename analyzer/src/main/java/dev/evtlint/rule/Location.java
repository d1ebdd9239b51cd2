package dev.evtlint.rule;

import dev.evtlint.ast.SourceRange;
import dev.evtlint.ast.SourceFile;

/** A range in a file. */
public record Location(SourceFile file, SourceRange range) {
}
