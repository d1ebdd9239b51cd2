package dev.evtlint.report;

import static dev.evtlint.report.ReportFixtures.EVT101;
import static dev.evtlint.report.ReportFixtures.EVT102;
import static dev.evtlint.report.ReportFixtures.EVT501;
import static dev.evtlint.report.ReportFixtures.SCRIPT;
import static dev.evtlint.report.ReportFixtures.at;
import static dev.evtlint.report.ReportFixtures.insertFinding;
import static dev.evtlint.report.ReportFixtures.result;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.contrastsecurity.sarif.SarifSchema210;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.RelatedLocation;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.Severity;
import dev.evtlint.source.SourceReader;
import dev.evtlint.suppress.SuppressedFinding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReporterTest {
    /** Kept for a manual run of ../shared/tools/validate-sarif.sh (see README). */
    private static final Path SAMPLE_OUTPUT = Path.of("target", "sarif-report-test", "evtlint.sarif");
    private static final JsonSchema SCHEMA = loadSchema();

    @TempDir
    Path repo;
    private Path workingDirectory;
    private SourceFile onDisk;

    /** A repository with a script whose name needs percent-encoding and which starts with a BOM. */
    @BeforeEach
    void createRepository() throws IOException {
        workingDirectory = Files.createDirectories(repo.resolve("db"));
        Path script = workingDirectory.resolve("V1 login.sql");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = SCRIPT.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Files.write(script, bytes);
        onDisk = new SourceReader().read(script, "V1 login.sql").source();
    }

    @Test
    void validAgainstTheSarifSchemaAndShapedForGitHub() throws IOException {
        Finding relaxed = new Finding(EVT101, Severity.WARNING, at(onDisk, "END $$"), "lowered by configuration", "",
                List.of());
        AnalysisResult result = result(List.of(insertFinding(onDisk), relaxed), List.of(onDisk),
                List.of(new ToolNotification("broken.sql", "not valid UTF-8", false)));
        byte[] bytes = write(result);
        Files.createDirectories(SAMPLE_OUTPUT.getParent());
        Files.write(SAMPLE_OUTPUT, bytes);

        JsonNode log = new ObjectMapper().readTree(bytes);
        Set<ValidationMessage> errors = SCHEMA.validate(log);
        assertTrue(errors.isEmpty(), errors::toString);

        assertEquals(SarifReporter.SCHEMA.toString(), log.path("$schema").asText());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(1, log.path("runs").size());
        JsonNode run = log.path("runs").path(0);
        assertEquals("utf16CodeUnits", run.path("columnKind").asText());
        assertEquals(repo.toRealPath().toUri().toString(), run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText());
        assertTrue(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText().endsWith("/"));

        JsonNode driver = run.path("tool").path("driver");
        assertEquals("evtlint", driver.path("name").asText());
        assertEquals(ToolInfo.version(), driver.path("version").asText());
        assertEquals(ToolInfo.version(), driver.path("semanticVersion").asText());
        assertEquals("https://github.com/evtlint/evtlint", driver.path("informationUri").asText());
        assertEquals(3, driver.path("rules").size());

        JsonNode rule = driver.path("rules").path(0);
        assertEquals("EVT101", rule.path("id").asText());
        assertEquals("login-write-without-recovery-guard", rule.path("name").asText());
        assertEquals(EVT101.summary(), rule.path("shortDescription").path("text").asText());
        assertEquals("Flags a write in a login function that runs on a hot standby.",
                rule.path("fullDescription").path("text").asText());
        String page = "https://github.com/evtlint/evtlint/blob/"
                + (ToolInfo.version().endsWith("-SNAPSHOT") ? "main" : "v" + ToolInfo.version()) + "/docs/rules/EVT101.md";
        assertEquals(page, rule.path("helpUri").asText());
        assertEquals(EVT101.documentation().stripTrailing() + "\n\nSee " + page + ".", rule.path("help").path("text").asText());
        assertEquals(EVT101.documentation().stripTrailing() + "\n\nSee [docs/rules/EVT101.md](" + page + ").",
                rule.path("help").path("markdown").asText());
        assertEquals("error", rule.path("defaultConfiguration").path("level").asText());
        assertEquals("[\"correctness\",\"availability\"]", rule.path("properties").path("tags").toString());
        assertEquals("high", rule.path("properties").path("precision").asText());
        assertEquals("error", rule.path("properties").path("problem.severity").asText());
        assertTrue(rule.path("properties").path("security-severity").isMissingNode());

        JsonNode warningRule = driver.path("rules").path(1);
        assertEquals("warning", warningRule.path("defaultConfiguration").path("level").asText(),
                "a default level equal to java-sarif's default must still be written");
        assertEquals(EVT102.summary(), warningRule.path("fullDescription").path("text").asText(),
                "a rule without documentation falls back to its summary");
        assertTrue(warningRule.path("help").path("text").asText().startsWith(EVT102.summary() + "\n\nSee https://"),
                warningRule.path("help").path("text").asText());

        JsonNode first = run.path("results").path(0);
        assertEquals("EVT101", first.path("ruleId").asText());
        assertEquals(0, first.path("ruleIndex").asInt(-1));
        assertTrue(first.has("ruleIndex"));
        assertEquals("error", first.path("level").asText());
        assertFalse(first.has("kind"));
        assertFalse(first.has("rank"));
        assertEquals("INSERT in login function on_login() fails on a hot standby (see [login trigger on_login](1))",
                first.path("message").path("text").asText());
        assertEquals(1, first.path("locations").size());
        JsonNode physical = first.path("locations").path(0).path("physicalLocation");
        assertEquals("db/V1%20login.sql", physical.path("artifactLocation").path("uri").asText());
        assertEquals("%SRCROOT%", physical.path("artifactLocation").path("uriBaseId").asText());
        assertEquals("{\"startLine\":3,\"startColumn\":2,\"endLine\":3,\"endColumn\":23}",
                physical.path("region").toString());
        JsonNode related = first.path("relatedLocations").path(0);
        assertEquals(1, related.path("id").asInt());
        assertEquals("login trigger on_login", related.path("message").path("text").asText());
        assertEquals("{\"startLine\":5,\"startColumn\":1,\"endLine\":5,\"endColumn\":30}",
                related.path("physicalLocation").path("region").toString());
        assertEquals(LineHashes.of(SCRIPT).get(2), first.path("partialFingerprints").path("primaryLocationLineHash").asText());

        JsonNode second = run.path("results").path(1);
        assertEquals("warning", second.path("level").asText(),
                "a result level below its rule's default must be written, or GitHub shows the default");
        assertFalse(second.has("relatedLocations"));

        JsonNode invocation = run.path("invocations").path(0);
        assertTrue(invocation.path("executionSuccessful").asBoolean(false));
        JsonNode notification = invocation.path("toolExecutionNotifications").path(0);
        assertEquals("error", notification.path("level").asText());
        assertEquals("not valid UTF-8", notification.path("message").path("text").asText());
        assertEquals("db/broken.sql",
                notification.path("locations").path(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
    }

    @Test
    void sameInputGivesTheSameBytes() throws IOException {
        AnalysisResult result = result(List.of(insertFinding(onDisk)), List.of(onDisk), List.of());
        byte[] once = write(result);
        assertArrayEquals(once, write(result));
        String text = new String(once, StandardCharsets.UTF_8);
        assertFalse(text.contains("Utc"), "no timestamps");
        assertFalse(text.contains("\r"), "the same line ends on every platform");
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void cleanRunStillListsRulesAndAnEmptyResultsArray() throws IOException {
        JsonNode run = sarif(result(List.of(), List.of(), List.of())).path("runs").path(0);
        assertTrue(run.path("results").isArray());
        assertEquals(0, run.path("results").size());
        assertEquals(3, run.path("tool").path("driver").path("rules").size());
        assertTrue(run.path("invocations").path(0).path("executionSuccessful").asBoolean(false));
    }

    @Test
    void internalErrorMakesTheExecutionUnsuccessful() throws IOException {
        JsonNode invocation = sarif(result(List.of(), List.of(),
                List.of(new ToolNotification("", "EVT101 failed: NullPointerException", true))))
                .path("runs").path(0).path("invocations").path(0);
        assertFalse(invocation.path("executionSuccessful").asBoolean(true));
        JsonNode notification = invocation.path("toolExecutionNotifications").path(0);
        assertEquals("EVT101 failed: NullPointerException", notification.path("message").path("text").asText());
        assertFalse(notification.has("locations"), "a notification about the run has no file");
    }

    @Test
    void fingerprintIsComputedFromTheFileAsUploadSarifReadsIt() throws IOException {
        JsonNode result = sarif(result(List.of(new Finding(EVT102, Severity.WARNING, at(onDisk, "CREATE FUNCTION"),
                "m", "", List.of())), List.of(onDisk), List.of())).path("runs").path(0).path("results").path(0);
        // The byte order mark is part of line 1 for upload-sarif, although SourceFile's text has none.
        assertEquals(LineHashes.of("\uFEFF" + SCRIPT).get(0),
                result.path("partialFingerprints").path(SarifResults.LINE_HASH).asText());
        assertFalse(LineHashes.of(SCRIPT).get(0).equals(LineHashes.of("\uFEFF" + SCRIPT).get(0)));
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadKeepsTheFingerprintsOfWhatWasRead() throws IOException {
        AnalysisResult analysed = result(List.of(new Finding(EVT102, Severity.WARNING, at(onDisk, "CREATE FUNCTION"),
                "m", "", List.of())), List.of(onDisk), List.of());
        Files.writeString(onDisk.path(), "-- edited after the analysis\n" + SCRIPT);
        JsonNode result = sarif(analysed).path("runs").path(0).path("results").path(0);
        assertEquals(LineHashes.of("\uFEFF" + SCRIPT).get(0),
                result.path("partialFingerprints").path(SarifResults.LINE_HASH).asText());
        Finding finding = analysed.findings().get(0);
        assertEquals(SarifFingerprints.key("EVT102", "db/V1%20login.sql", LineHashes.of("\uFEFF" + SCRIPT).get(0), 1),
                new SarifFingerprints(repo, workingDirectory).of(finding));
    }

    @Test
    void urisAreRelativeToTheSourceRootAndEncoded() throws IOException {
        Path outside = Files.createTempFile("evtlint outside", ".sql");
        try {
            List<Finding> findings = new ArrayList<>();
            for (SourceFile file : List.of(SourceFile.ofText("sub dir/\u00e9t\u00e9#1.sql", SCRIPT),
                    new SourceFile(outside, outside.toString(), SCRIPT))) {
                findings.add(new Finding(EVT102, Severity.WARNING, at(file, "END"), "m", "", List.of()));
            }
            JsonNode results = sarif(result(findings, List.of(), List.of())).path("runs").path(0).path("results");
            JsonNode inRoot = results.path(0).path("locations").path(0).path("physicalLocation").path("artifactLocation");
            assertEquals("db/sub%20dir/%C3%A9t%C3%A9%231.sql", inRoot.path("uri").asText());
            JsonNode notInRoot = results.path(1).path("locations").path(0).path("physicalLocation").path("artifactLocation");
            assertEquals(outside.toRealPath().toUri().toString(), notInRoot.path("uri").asText());
            assertFalse(notInRoot.has("uriBaseId"), "an absolute URI has no base");
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void linkTextIsEscapedAndEveryRelatedLocationIsLinked() throws IOException {
        SourceFile file = ReportFixtures.script();
        Finding finding = new Finding(EVT101, Severity.ERROR, at(file, "INSERT"), "writes tags[1]", "",
                List.of(new RelatedLocation(at(file, "CREATE EVENT"), "trigger a[1]\\b"),
                        new RelatedLocation(at(file, "BEGIN"), "")));
        JsonNode result = sarif(result(List.of(finding), List.of(file), List.of())).path("runs").path(0)
                .path("results").path(0);
        assertEquals("writes tags[1] (see [trigger a\\[1\\]\\\\b](1), [related location](2))",
                result.path("message").path("text").asText());
        assertEquals(2, result.path("relatedLocations").path(1).path("id").asInt());
    }

    @Test
    void securityRuleCarriesSecuritySeverityAndTheSecurityTag() throws IOException {
        JsonNode rule = sarif(result(List.of(), List.of(), List.of())).path("runs").path(0).path("tool")
                .path("driver").path("rules").path(2);
        assertEquals("EVT501", rule.path("id").asText());
        assertEquals("7.2", rule.path("properties").path("security-severity").asText());
        assertTrue(rule.path("properties").path("security-severity").isTextual(), "GitHub wants a string");
        assertEquals("[\"external/cwe/cwe-426\",\"security\"]", rule.path("properties").path("tags").toString());
        assertEquals("recommendation", rule.path("properties").path("problem.severity").asText());
        assertEquals("note", rule.path("defaultConfiguration").path("level").asText());
        assertEquals(EVT501.severity(), Severity.NOTE);
    }

    @Test
    void securityCategoryGetsTheSecurityTagWithoutAScoreAndTagsStayWithinGitHubsLimit() throws IOException {
        List<String> manyTags = IntStream.range(0, 12).mapToObj(i -> "tag" + i).toList();
        RuleDescriptor privileges = new RuleDescriptor("EVT503", "privilege-change-in-trigger", "s", Severity.NOTE,
                Category.SECURITY, "0.1.0", manyTags, "high", "", "");
        AnalysisResult result = new AnalysisResult(List.of(), List.of(privileges, EVT102), List.of(), List.of());
        JsonNode rules = sarif(result).path("runs").path(0).path("tool").path("driver").path("rules");
        JsonNode tags = rules.path(0).path("properties").path("tags");
        assertEquals(SarifRules.MAX_TAGS, tags.size());
        assertEquals("security", tags.path(0).asText(), "the security tag is kept first");
        assertFalse(rules.path(0).path("properties").has("security-severity"), "no score RULES.md does not give");
        assertFalse(rules.path(1).path("properties").path("tags").toString().contains("security"));
    }

    @Test
    void ruleWithAFindingButNotEnabledIsStillListed() throws IOException {
        SourceFile file = ReportFixtures.script();
        AnalysisResult result = new AnalysisResult(List.of(insertFinding(file)), List.of(EVT102), List.of(file), List.of());
        JsonNode run = sarif(result).path("runs").path(0);
        assertEquals("EVT101", run.path("tool").path("driver").path("rules").path(1).path("id").asText());
        assertEquals(1, run.path("results").path(0).path("ruleIndex").asInt());
    }

    @Test
    void suppressedFindingsStayInResultsWithAnInSourceSuppression() throws IOException {
        Finding silenced = new Finding(EVT102, Severity.WARNING, at(onDisk, "END"), "silenced", "", List.of());
        AnalysisResult result = new AnalysisResult(List.of(insertFinding(onDisk)), List.of(EVT101, EVT102),
                List.of(onDisk), List.of(), List.of(new SuppressedFinding(silenced, "reviewed in PR 12"),
                        new SuppressedFinding(silenced, "")), null);
        JsonNode results = sarif(result).path("runs").path(0).path("results");
        assertEquals(3, results.size());
        JsonNode reported = results.path(0);
        assertEquals("EVT101", reported.path("ruleId").asText());
        assertTrue(reported.path("suppressions").isArray(), "once one result has suppressions, all have them");
        assertEquals(0, reported.path("suppressions").size());
        JsonNode suppression = results.path(1).path("suppressions").path(0);
        assertEquals("inSource", suppression.path("kind").asText());
        assertEquals("reviewed in PR 12", suppression.path("justification").asText());
        assertEquals(1, results.path(1).path("ruleIndex").asInt());
        assertFalse(results.path(2).path("suppressions").path(0).has("justification"), "no reason, no justification");
    }

    @Test
    void withoutSuppressedFindingsNoResultSaysAnythingAboutSuppression() throws IOException {
        JsonNode result = sarif(result(List.of(insertFinding(onDisk)), List.of(onDisk), List.of()))
                .path("runs").path(0).path("results").path(0);
        assertFalse(result.has("suppressions"));
    }

    private JsonNode sarif(AnalysisResult result) throws IOException {
        return new ObjectMapper().readTree(write(result));
    }

    private byte[] write(AnalysisResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReporter(repo, workingDirectory).write(result, out);
        byte[] bytes = out.toByteArray();
        Set<ValidationMessage> errors = SCHEMA.validate(new ObjectMapper().readTree(bytes));
        assertTrue(errors.isEmpty(), errors::toString);
        return bytes;
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = SarifSchema210.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
