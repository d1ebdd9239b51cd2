package dev.evtlint.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.BaselineComparison;
import dev.evtlint.report.Printable;
import dev.evtlint.report.SarifFingerprints;
import dev.evtlint.rule.Finding;
import dev.evtlint.source.BoundedInput;
import dev.evtlint.source.IoFailure;
import dev.evtlint.suppress.SuppressedFinding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The findings of an earlier run, read from its SARIF file (any evtlint SARIF output, such as one
 * written with {@code --write-baseline}), to report only what is new: a project adopts evtlint
 * without fixing everything first. Findings match as GitHub matches alerts: same rule, same file
 * URI, same {@code partialFingerprints.primaryLocationLineHash}, so that a finding keeps matching
 * when lines above it are added or removed. Each baseline entry matches one finding.
 */
public final class Baseline {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** About 200,000 findings of evtlint's SARIF; parsed, such a file takes about ten times its size. */
    static final int MAX_BYTES = 128 * 1024 * 1024;

    /** How many entries of the baseline have each key. */
    private final Map<String, Integer> entries;

    private Baseline(Map<String, Integer> entries) {
        this.entries = entries;
    }

    /** Reads a SARIF file; {@code displayName} is how messages name it. */
    public static Baseline read(Path file, String displayName) throws ConfigException {
        JsonNode log;
        try {
            log = JSON.readTree(BoundedInput.file(file, MAX_BYTES));
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            String message = "not a SARIF file: " + Printable.excerpt(
                    e.getOriginalMessage().lines().findFirst().orElse("not JSON"), Printable.MESSAGE_LENGTH);
            throw location == null || location.getLineNr() < 1 ? new ConfigException(displayName, message)
                    : new ConfigException(displayName, location.getLineNr(), Math.max(1, location.getColumnNr()), message);
        } catch (IOException e) {
            throw new ConfigException(displayName, "cannot read the baseline: " + IoFailure.reason(e));
        }
        if (log == null || !log.path("runs").isArray()) {
            throw new ConfigException(displayName, "not a SARIF file: it has no 'runs' array");
        }
        Map<String, Integer> entries = new HashMap<>();
        int runNumber = 0;
        for (JsonNode run : log.path("runs")) {
            runNumber++;
            // A file of another shape would match nothing and show every finding as new, without a word.
            if (!run.path("results").isArray()) {
                throw new ConfigException(displayName, "not a SARIF file: run " + runNumber + " has no 'results' array");
            }
            int resultNumber = 0;
            for (JsonNode result : run.path("results")) {
                resultNumber++;
                if (!result.path("ruleId").isTextual() || !result.path("locations").path(0).path("physicalLocation")
                        .path("artifactLocation").path("uri").isTextual()) {
                    throw new ConfigException(displayName, "not a SARIF file of evtlint: result " + resultNumber
                            + " of run " + runNumber + " has no 'ruleId' or no location with a 'uri'");
                }
                entries.merge(key(result), 1, Integer::sum);
            }
        }
        return new Baseline(entries);
    }

    private static String key(JsonNode result) {
        JsonNode physical = result.path("locations").path(0).path("physicalLocation");
        JsonNode hash = result.path("partialFingerprints").path("primaryLocationLineHash");
        return SarifFingerprints.key(result.path("ruleId").asText(), physical.path("artifactLocation").path("uri").asText(),
                hash.isTextual() ? hash.asText() : null, physical.path("region").path("startLine").asInt());
    }

    /**
     * {@code result} with only the findings that the baseline does not hold. Suppressed findings
     * are compared too, so that a baselined finding does not come back as a suppressed one.
     *
     * @param fingerprints the fingerprints as the SARIF of this run would write them
     */
    public AnalysisResult compare(AnalysisResult result, SarifFingerprints fingerprints) {
        Map<String, Integer> unmatched = new HashMap<>(entries);
        List<Finding> newFindings = fresh(result.findings(), f -> f, fingerprints, unmatched);
        List<SuppressedFinding> newSuppressed = fresh(result.suppressed(), SuppressedFinding::finding, fingerprints, unmatched);
        int absent = unmatched.values().stream().mapToInt(Integer::intValue).sum();
        int unchanged = result.findings().size() + result.suppressed().size() - newFindings.size() - newSuppressed.size();
        return result.comparedWithBaseline(newFindings, newSuppressed, new BaselineComparison(unchanged, absent));
    }

    private static <T> List<T> fresh(List<T> items, Function<T, Finding> finding, SarifFingerprints fingerprints,
                                     Map<String, Integer> unmatched) {
        List<T> fresh = new ArrayList<>();
        for (T item : items) {
            String key = fingerprints.of(finding.apply(item));
            Integer left = unmatched.get(key);
            if (left == null || left == 0) {
                fresh.add(item);
            } else {
                unmatched.put(key, left - 1);
            }
        }
        return fresh;
    }
}
