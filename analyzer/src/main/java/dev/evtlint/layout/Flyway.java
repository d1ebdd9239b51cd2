package dev.evtlint.layout;

import dev.evtlint.ast.SourceFile;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's naming of migrations: versioned ones, {@code V1_2__name.sql}, which Flyway applies once,
 * in the order of their versions, and repeatable ones, {@code R__name.sql}, which it applies after
 * them, by name, again whenever they change.
 */
public final class Flyway {
    /** Versioned migrations; group 1 is the version. */
    private static final Pattern VERSIONED = Pattern.compile("[Vv]([0-9][0-9._]*)__.*\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("[Rr]__.*\\.sql");

    private Flyway() {
    }

    /** Whether Flyway runs {@code file} once, as a versioned migration, and never again. */
    public static boolean isVersioned(SourceFile file) {
        return VERSIONED.matcher(file.fileName()).matches();
    }

    /** Whether {@code file} is a repeatable migration. */
    public static boolean isRepeatable(SourceFile file) {
        return REPEATABLE.matcher(file.fileName()).matches();
    }

    /**
     * The version of a versioned migration as Flyway compares versions (its MigrationVersion):
     * numbers between {@code .} or {@code _}, without the zeros at the end, so that {@code V1_0} and
     * {@code V1.0} are version 1 and {@code V01} is too. Empty for other files.
     */
    public static List<BigInteger> version(SourceFile file) {
        Matcher matcher = VERSIONED.matcher(file.fileName());
        List<BigInteger> parts = new ArrayList<>();
        if (matcher.matches()) {
            for (String part : matcher.group(1).split("[._]")) {
                if (!part.isEmpty()) {
                    parts.add(new BigInteger(part));
                }
            }
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    /** The version as Flyway shows it in its messages: as written, with '.' for '_'; empty for other files. */
    public static String shownVersion(SourceFile file) {
        Matcher matcher = VERSIONED.matcher(file.fileName());
        return matcher.matches() ? matcher.group(1).replace('_', '.') : "";
    }

    /** Flyway's order of two versions (a shorter version that is a prefix of the other comes first). */
    public static int compareVersions(SourceFile a, SourceFile b) {
        List<BigInteger> va = version(a);
        List<BigInteger> vb = version(b);
        for (int i = 0; i < Math.min(va.size(), vb.size()); i++) {
            int c = va.get(i).compareTo(vb.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(va.size(), vb.size());
    }
}
