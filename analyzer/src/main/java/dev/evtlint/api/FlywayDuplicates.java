package dev.evtlint.api;

import dev.evtlint.layout.Flyway;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Flyway versioned migrations that share a version in one folder: Flyway refuses to migrate at all
 * ("Found more than one migration with version 1"), also when the versions differ only in a way
 * Flyway ignores ({@code V1} and {@code V1.0}, {@code V01}: {@link Flyway#version}).
 * Migrations of one version in different folders are left alone: evtlint cannot tell whether one
 * Flyway configuration reads both folders.
 */
final class FlywayDuplicates {

    private FlywayDuplicates() {
    }

    /** A notification at each migration after the first of its version and folder, in run order. */
    static List<ToolNotification> in(List<ScriptFile> scriptsInRunOrder) {
        Map<String, List<ScriptFile>> byFolderAndVersion = new LinkedHashMap<>();
        for (ScriptFile script : scriptsInRunOrder) {
            if (Flyway.isVersioned(script.source())) {
                byFolderAndVersion.computeIfAbsent(folder(script) + "\n" + Flyway.version(script.source()), key -> new ArrayList<>())
                        .add(script);
            }
        }
        List<ToolNotification> notifications = new ArrayList<>();
        for (List<ScriptFile> sameVersion : byFolderAndVersion.values()) {
            ScriptFile first = sameVersion.get(0);
            for (ScriptFile later : sameVersion.subList(1, sameVersion.size())) {
                notifications.add(new ToolNotification(later.source().displayPath(), "Flyway refuses to migrate: "
                        + "Found more than one migration with version " + Flyway.shownVersion(later.source()) + " (" + first.source().fileName()
                        + " and " + later.source().fileName() + "); give one of them a version of its own", false));
            }
        }
        return notifications;
    }

    private static String folder(ScriptFile script) {
        String path = script.source().displayPath();
        return path.substring(0, path.lastIndexOf('/') + 1);
    }
}
