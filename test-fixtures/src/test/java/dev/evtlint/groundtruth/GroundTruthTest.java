package dev.evtlint.groundtruth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.evtlint.fixtures.CaseSet;
import dev.evtlint.fixtures.FixtureRunner;
import dev.evtlint.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Ground truth: every fixture with a {@code -- verify:} line runs on a real PostgreSQL primary and
 * hot standby of each supported major version, and what the servers do is compared with what the
 * fixture's rule claims (docs/ground-truth.md). A refuted claim fails the build. If the servers
 * cannot start, the test fails with the reason; it never passes without them, unless a developer
 * opts out with -Devtlint.groundtruth.skip=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroundTruthTest {
    private static final Path FIXTURES = Path.of("fixtures");
    private static final Path TARGET = Path.of("target");
    static final Path REPORT = TARGET.resolve("ground-truth-report.tsv");
    private static final String SKIP_PROPERTY = "evtlint.groundtruth.skip";
    /** For a developer's quicker round: only the fixtures whose name starts with this, e.g. EVT101/. */
    private static final String ONLY_PROPERTY = "evtlint.groundtruth.only";
    /**
     * Instead of the fixtures, the cases of a held-out set (e.g. cases/set1): their expectations are
     * the claims checked, so that the servers judge a case before evtlint is measured against it.
     */
    private static final String CASES_PROPERTY = "evtlint.groundtruth.cases";

    private final List<ReplicatedPair> pairs = new ArrayList<>();
    private final GroundTruthReport report = new GroundTruthReport();
    private Path workFolder;

    @BeforeAll
    void startServers() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean(SKIP_PROPERTY),
                "ground truth skipped on request (-D" + SKIP_PROPERTY + "=true): no rule was checked on a server");
        Path binaries = Path.of(requiredProperty("evtlint.postgres.binaries"));
        ServerUser user = ServerUser.forCurrentProcess(System.getProperty("evtlint.postgres.user",
                ServerUser.DEFAULT_UNPRIVILEGED_USER));
        Path logs = Files.createDirectories(TARGET.resolve("ground-truth").resolve("logs")).toAbsolutePath();
        workFolder = Files.createTempDirectory("evtlint-ground-truth-");
        user.own(workFolder);
        for (String version : requiredProperty("evtlint.postgres.versions").split(",")) {
            PostgresBinaries postgres = PostgresBinaries.unpack(binaries, version.trim(), TARGET.resolve("postgres").toAbsolutePath());
            pairs.add(ReplicatedPair.start(postgres, user, workFolder, logs));
        }
    }

    @TestFactory
    Stream<DynamicNode> everyVerifiedFixtureHoldsOnRealServers() {
        RuleRegistry registry = RuleRegistry.load();
        FixtureRunner runner = new FixtureRunner(registry);
        String only = System.getProperty(ONLY_PROPERTY, "");
        String cases = System.getProperty(CASES_PROPERTY, "");
        Path root = cases.isEmpty() ? FIXTURES : Path.of(cases);
        List<AnalysedFixture> fixtures = (cases.isEmpty() ? FixtureRunner.discover(root) : CaseSet.discover(root)).stream()
                .filter(fixture -> fixture.name().startsWith(only))
                .map(fixture -> cases.isEmpty() ? AnalysedFixture.of(fixture, runner)
                        : AnalysedFixture.ofExpectations(fixture, runner, registry))
                .flatMap(Optional::stream).toList();
        assertFalse(fixtures.isEmpty(), "no fixture under " + root.toAbsolutePath() + " has a '-- verify:' line");
        return pairs.stream().map(pair -> DynamicContainer.dynamicContainer("PostgreSQL " + pair.version(),
                fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(), () -> {
                    Verdict verdict = verify(fixture, pair);
                    report.add(fixture.rule(), pair.version(), fixture.name(), verdict);
                    assertNotEquals(Verdict.Kind.REFUTED, verdict.kind(), () -> fixture.rule() + " refuted by PostgreSQL "
                            + pair.version() + " on " + fixture.name() + ": " + verdict.evidence());
                }))));
    }

    private static Verdict verify(AnalysedFixture fixture, ReplicatedPair pair) throws Exception {
        Check check = Check.of(fixture.directive());
        try (FixtureDatabase database = FixtureDatabase.create(pair)) {
            return check.verify(fixture, database);
        }
    }

    @AfterAll
    void stopServersAndWriteReport() throws Exception {
        try {
            report.write(REPORT);
            report.confirmedRules().forEach((version, rules) -> System.out.println(
                    "ground truth: PostgreSQL " + version + " confirms " + rules.size() + " rules: " + rules));
        } finally {
            for (ReplicatedPair pair : pairs) {
                pair.stop();
            }
            deleteRecursively(workFolder);
        }
    }

    static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run the test through Maven"
                    + " (test-fixtures/pom.xml sets it)");
        }
        return value;
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
