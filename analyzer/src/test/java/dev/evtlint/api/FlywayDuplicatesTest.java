package dev.evtlint.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Flyway migrations of one version in one folder: Flyway refuses to migrate, and the run says so. */
class FlywayDuplicatesTest {
    @TempDir
    Path dir;

    private List<ToolNotification> notifications(String... files) throws IOException {
        for (String file : files) {
            Path path = dir.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "SELECT 1;\n");
        }
        return Evtlint.analyze(AnalysisRequest.of(dir, List.of(dir))).notifications();
    }

    @Test
    void theSameVersionTwiceInOneFolder() throws IOException {
        assertEquals(List.of(new ToolNotification("db/V1__b.sql", "Flyway refuses to migrate: Found more than one migration "
                        + "with version 1 (V1__a.sql and V1__b.sql); give one of them a version of its own", false)),
                notifications("db/V1__a.sql", "db/V1__b.sql", "db/V2__c.sql"));
    }

    @Test
    void versionsThatFlywayReadsAsEqual() throws IOException {
        assertEquals(List.of("db/V1_0__b.sql: version 1.0 (V01__a.sql and V1_0__b.sql)",
                        "db/v1.0.0__c.sql: version 1.0.0 (V01__a.sql and v1.0.0__c.sql)"),
                notifications("db/V01__a.sql", "db/V1_0__b.sql", "db/v1.0.0__c.sql", "db/V1.1__d.sql", "db/V10__e.sql").stream()
                        .map(n -> n.path() + ": " + n.message().replaceAll(".*with (version \\S+ \\([^)]*\\)).*", "$1"))
                        .toList());
    }

    @Test
    void oneVersionInTwoFoldersIsLeftAlone() throws IOException {
        assertEquals(List.of(), notifications("module-a/db/V1__init.sql", "module-b/db/V1__init.sql"));
    }
}
