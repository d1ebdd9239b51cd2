package dev.evtlint.report;

import dev.evtlint.api.Spelling;
import java.nio.file.Path;
import java.util.Locale;

/** The output formats ({@code --format}, the Maven plugin's {@code outputFormats}) and the reporter of each. */
public enum ReportFormat {
    TEXT("txt"), JSON("json"), SARIF("sarif"), GITHUB("txt");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension of a report in this format, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * @param sourceRoot       what SARIF URIs are relative to (the repository root)
     * @param workingDirectory what the relative paths of the analysis result are relative to
     * @param color            whether text may have ANSI colours: the caller decides
     */
    public Reporter reporter(Path sourceRoot, Path workingDirectory, boolean color) {
        return switch (this) {
            case SARIF -> new SarifReporter(sourceRoot, workingDirectory);
            case JSON -> new JsonReporter();
            case GITHUB -> new GitHubReporter();
            case TEXT -> new TextReporter(color);
        };
    }

    /**
     * The format a user wrote, in any case.
     *
     * @throws IllegalArgumentException naming the formats there are
     */
    public static ReportFormat parse(String text) {
        return Spelling.parse(ReportFormat.class, text);
    }

    /** The spelling users write, which picocli also shows in the help. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
