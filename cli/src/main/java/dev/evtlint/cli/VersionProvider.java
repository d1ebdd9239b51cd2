package dev.evtlint.cli;

import dev.evtlint.report.ToolInfo;
import picocli.CommandLine.IVersionProvider;

/** {@code evtlint --version}, from the same source as the version in SARIF. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {ToolInfo.NAME + " " + ToolInfo.version()};
    }
}
