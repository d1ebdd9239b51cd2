package dev.evtlint.report;

import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.ToolNotification;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.rule.Category;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Location;
import dev.evtlint.rule.RelatedLocation;
import dev.evtlint.rule.RuleDescriptor;
import dev.evtlint.rule.Severity;
import java.util.List;

/** Rules, a script and findings built by hand, as the engine would report them. */
final class ReportFixtures {
    static final RuleDescriptor EVT101 = new RuleDescriptor("EVT101", "login-write-without-recovery-guard",
            "Write in a login trigger without a recovery check", Severity.ERROR, Category.LOGIN, "0.1.0",
            List.of("correctness", "availability"), "high", "",
            "# EVT101 login-write-without-recovery-guard\n\n## What it does\n\nFlags a write in a login\n"
                    + "function that runs on a hot standby.\n\n## Why is this bad?\n\nEvery login fails.\n");
    static final RuleDescriptor EVT102 = new RuleDescriptor("EVT102", "login-trigger-can-lock-out",
            "An error in a login trigger locks everyone out", Severity.WARNING, Category.LOGIN, "0.1.0",
            List.of("availability"), "medium", "", "");
    static final RuleDescriptor EVT501 = new RuleDescriptor("EVT501", "security-definer-without-search-path",
            "SECURITY DEFINER trigger function without SET search_path", Severity.NOTE, Category.SECURITY, "0.1.0",
            List.of("external/cwe/cwe-426"), "very-high", "7.2", "## What it does\n\nFlags it.\n");

    /** Line 3 starts with a tab, so carets must keep it. */
    static final String SCRIPT = "CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$\n"
            + "BEGIN\n"
            + "\tINSERT INTO login_log VALUES (session_user, now());\n"
            + "END $$;\n"
            + "CREATE EVENT TRIGGER on_login ON login EXECUTE FUNCTION on_login();\n";

    private ReportFixtures() {
    }

    static SourceFile script() {
        return SourceFile.ofText("db/V1__login.sql", SCRIPT);
    }

    /** The location of the first occurrence of {@code snippet} in the file. */
    static Location at(SourceFile file, String snippet) {
        int start = file.text().indexOf(snippet);
        if (start < 0) {
            throw new IllegalArgumentException("not in " + file + ": " + snippet);
        }
        return new Location(file, file.range(start, start + snippet.length()));
    }

    static Finding insertFinding(SourceFile file) {
        return new Finding(EVT101, Severity.ERROR, at(file, "INSERT INTO login_log"),
                "INSERT in login function on_login() fails on a hot standby",
                "return early when pg_is_in_recovery() is true",
                List.of(new RelatedLocation(at(file, "CREATE EVENT TRIGGER on_login"), "login trigger on_login")));
    }

    static AnalysisResult result(List<Finding> findings, List<SourceFile> files, List<ToolNotification> notifications) {
        return new AnalysisResult(findings, List.of(EVT101, EVT102, EVT501), files, notifications);
    }
}
