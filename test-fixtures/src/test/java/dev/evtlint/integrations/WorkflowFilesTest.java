package dev.evtlint.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.evtlint.report.ToolInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files GitHub and pre-commit read from this repository (action.yml, .github/workflows,
 * .pre-commit-hooks.yaml) against SchemaStore's schemas for them (src/test/resources/schemastore),
 * and action.yml against its script: the inputs it passes are the ones the script reads.
 */
class WorkflowFilesTest {
    private static final Path REPOSITORY = Path.of("..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern SCRIPT_INPUT = Pattern.compile("\\bINPUT_[A-Z_]+\\b");
    private static final Pattern PASSED_INPUT = Pattern.compile("\\$\\{\\{ inputs\\.([a-z-]+) }}");

    @Test
    void theActionFollowsTheSchema() throws IOException {
        assertValid("github-action.json", REPOSITORY.resolve("action.yml"));
    }

    @Test
    void theWorkflowsFollowTheSchema() throws IOException {
        Path workflows = REPOSITORY.resolve(".github/workflows");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(workflows)) {
            for (Path workflow : files.toList()) {
                names.add(workflow.getFileName().toString());
                assertValid("github-workflow.json", workflow);
            }
        }
        assertTrue(names.containsAll(Set.of("ci.yml", "release.yml")), names.toString());
    }

    @Test
    void thePreCommitHookFollowsTheSchemaAndItsEntryIsAnExecutableScript() throws IOException {
        Path hooks = REPOSITORY.resolve(".pre-commit-hooks.yaml");
        assertValid("pre-commit-hooks.json", hooks);
        JsonNode hook = YAML.readTree(hooks.toFile()).path(0);
        assertEquals("evtlint", hook.path("id").asText());
        assertEquals("script", hook.path("language").asText());
        assertTrue(Files.isExecutable(REPOSITORY.resolve(hook.path("entry").asText())), hook.toString());
    }

    /** Inputs reach a composite action's script only through the env the step passes. */
    @Test
    void theActionPassesEveryInputItsScriptReadsFromTheInputOfThatName() throws IOException {
        JsonNode action = YAML.readTree(REPOSITORY.resolve("action.yml").toFile());
        JsonNode step = step(action, "evtlint");
        Map<String, String> passed = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> env = step.path("env").fields(); env.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = env.next();
            if (variable.getKey().startsWith("INPUT_")) {
                Matcher input = PASSED_INPUT.matcher(variable.getValue().asText());
                assertTrue(input.matches(), variable.toString());
                assertTrue(action.path("inputs").has(input.group(1)), "no input " + input.group(1));
                passed.put(variable.getKey(), input.group(1));
            }
        }
        Set<String> read = new TreeSet<>();
        Matcher input = SCRIPT_INPUT.matcher(Files.readString(REPOSITORY.resolve("scripts/github-action.sh")));
        while (input.find()) {
            read.add(input.group());
        }
        assertEquals(read, passed.keySet());
        // The runner's naming for JavaScript actions, kept here: INPUT_ and the name in capitals, '-' as '_'.
        passed.forEach((variable, name) ->
                assertEquals("INPUT_" + name.toUpperCase().replace('-', '_'), variable));
        assertTrue(step.path("run").asText().contains("scripts/github-action.sh"), step.toString());
    }

    /** The release sets the default to its own version: a tag vX of the action then runs evtlint X. */
    @Test
    void theActionRunsTheReleaseOfItsOwnVersion() throws IOException {
        JsonNode action = YAML.readTree(REPOSITORY.resolve("action.yml").toFile());
        assertEquals(ToolInfo.version().replace("-SNAPSHOT", ""), action.path("inputs").path("version").path("default").asText());
    }

    /** The upload must happen when findings fail the job, and only then may the job fail. */
    @Test
    void theActionUploadsBeforeItFails() throws IOException {
        JsonNode steps = YAML.readTree(REPOSITORY.resolve("action.yml").toFile()).path("runs").path("steps");
        int upload = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.path(i).path("uses").asText().startsWith("github/codeql-action/upload-sarif@")) {
                upload = i;
                assertTrue(steps.path(i).path("if").asText().contains("always()"), steps.path(i).toString());
            }
        }
        assertTrue(upload > 0, "no upload step");
        JsonNode last = steps.path(steps.size() - 1);
        assertEquals(steps.size() - 1, upload + 1, "the step that fails the job comes right after the upload");
        assertEquals("exit \"$EXIT_CODE\"", last.path("run").asText().strip());
        assertEquals("${{ steps.evtlint.outputs.exit-code }}", last.path("env").path("EXIT_CODE").asText());
    }

    private static JsonNode step(JsonNode action, String id) {
        for (JsonNode step : action.path("runs").path("steps")) {
            if (id.equals(step.path("id").asText())) {
                return step;
            }
        }
        throw new AssertionError("action.yml has no step " + id);
    }

    private static void assertValid(String schemaName, Path file) throws IOException {
        JsonSchema schema;
        try (InputStream in = WorkflowFilesTest.class.getResourceAsStream("/schemastore/" + schemaName)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode document = YAML.readTree(file.toFile());
        assertFalse(document.isMissingNode() || document.isNull(), file + " is empty");
        Set<ValidationMessage> errors = schema.validate(document);
        assertTrue(errors.isEmpty(), file + ": " + errors);
    }
}
