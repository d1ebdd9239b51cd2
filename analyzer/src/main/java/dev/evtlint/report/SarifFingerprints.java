package dev.evtlint.report;

import dev.evtlint.rule.Finding;
import java.nio.file.Path;

/**
 * What identifies a finding across runs, as GitHub code scanning matches alerts: the rule, the
 * file's URI relative to the source root, and the line hash of the first line (see
 * {@link LineHashes}); the line number stands in when the line hash cannot be computed. The same
 * values as {@link SarifReporter} writes, so that a SARIF file can serve as a baseline.
 */
public final class SarifFingerprints {
    private final SourceRoot sourceRoot;

    /** The same arguments as {@link SarifReporter#SarifReporter(Path, Path)}. */
    public SarifFingerprints(Path sourceRoot, Path workingDirectory) {
        this.sourceRoot = new SourceRoot(sourceRoot, workingDirectory);
    }

    public String of(Finding finding) {
        String hash = FileLineHashes.hash(finding.location().file(), finding.location().range().startLine());
        return key(finding.rule().id(), sourceRoot.artifact(finding.location().file()).getUri(), hash,
                finding.location().range().startLine());
    }

    /** The key of a result as a SARIF file holds it; {@code lineHash} may be null. */
    public static String key(String ruleId, String uri, String lineHash, int startLine) {
        return ruleId + '\u0000' + uri + '\u0000' + (lineHash != null ? lineHash : "line " + startLine);
    }
}
