package dev.evtlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What makes a rule's metadata and documentation well-formed. */
class RuleMetadataTest {
    private static final String DOC = """
            # EVT101 login-write
            
            ## What it does
            x
            ## Why is this bad?
            x
            ## Example
            x
            ## Use instead
            x
            ## Options
            x
            ## References
            x
            """;

    @RuleMeta(id = "EVT101", name = "login-write", summary = "s", severity = Severity.ERROR, category = Category.LOGIN,
            since = "0.1.0")
    private static final class WellFormed {
    }

    @RuleMeta(id = "EVT201", name = "Login_Write", summary = " ", severity = Severity.ERROR, category = Category.LOGIN,
            since = "0.1.0", precision = "certain", securitySeverity = "5.0")
    private static final class Malformed {
    }

    @RuleMeta(id = "EVT501", name = "definer", summary = "s", severity = Severity.WARNING, category = Category.SECURITY,
            since = "0.1.0", securitySeverity = "10.5")
    private static final class SecuritySeverityOutOfRange {
    }

    @RuleMeta(id = "EVT101", name = "other-name", summary = "s", severity = Severity.ERROR, category = Category.LOGIN,
            since = "0.1.0")
    private static final class SameId {
    }

    /** Its documentation, WrongDigit.md, is well-formed: only the metadata is wrong. */
    @RuleMeta(id = "EVT201", name = "wrong-digit", summary = "s", severity = Severity.ERROR, category = Category.LOGIN,
            since = "0.1.0")
    public static final class WrongDigit implements Rule {
        @Override
        public void check(RuleContext context) {
        }
    }

    private static RuleMeta meta(Class<?> type) {
        return type.getAnnotation(RuleMeta.class);
    }

    @Test
    void wellFormedMetadataAndDocumentationHaveNoProblems() {
        assertEquals(List.of(), RuleMetadata.problems(meta(WellFormed.class)));
        assertEquals(List.of(), RuleMetadata.documentationProblems(meta(WellFormed.class), DOC));
    }

    @Test
    void eachMalformedFieldIsAProblem() {
        assertEquals(List.of("ID EVT201 does not start with 1, the digit of its category LOGIN",
                        "name 'Login_Write' is not kebab-case",
                        "summary is empty",
                        "precision 'certain' is none of [high, low, medium, very-high]",
                        "security-severity 5.0 on a rule outside the category SECURITY"),
                RuleMetadata.problems(meta(Malformed.class)));
        assertEquals(List.of("security-severity '10.5' is not a number from 0.0 to 10.0"),
                RuleMetadata.problems(meta(SecuritySeverityOutOfRange.class)));
    }

    @Test
    void theCategoryDigitsFollowTheCatalog() {
        assertEquals("0123456", Category.TOOL.idDigit() + "" + Category.LOGIN.idDigit() + Category.EVENTS.idDigit()
                + Category.ORDERING.idDigit() + Category.CONTRACT.idDigit() + Category.SECURITY.idDigit()
                + Category.ROBUSTNESS.idDigit());
    }

    @Test
    void aDocumentationWithoutItsTitleOrAHeadingHasProblems() {
        String doc = DOC.replace("# EVT101 login-write", "# EVT101 login-write-longer").replace("## Use instead\n", "## Use instead:\n");
        assertEquals(List.of("documentation's first line is not '# EVT101 login-write'",
                        "documentation lacks the heading '## Use instead'"),
                RuleMetadata.documentationProblems(meta(WellFormed.class), doc));
    }

    @Test
    void anIdOrNameTwoRulesClaimIsADuplicate() {
        assertEquals(List.of("2 rules share the ID EVT101"),
                RuleMetadata.duplicates(List.of(meta(WellFormed.class), meta(SameId.class), meta(Malformed.class))));
    }

    @Test
    void theRegistryRefusesARuleWithAProblem() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> RuleRegistry.describe(WrongDigit.class));
        assertEquals(WrongDigit.class.getName() + ": ID EVT201 does not start with 1, the digit of its category LOGIN",
                refused.getMessage());
    }
}
