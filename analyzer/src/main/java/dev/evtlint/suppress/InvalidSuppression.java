package dev.evtlint.suppress;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;

/** A comment that starts like a suppression but is malformed or names an unknown rule (EVT002). */
record InvalidSuppression(SourceFile file, SourceRange range, String problem) {
}
