package dev.evtlint.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything a rule is, besides its check: all its metadata stands here, on the rule class; its
 * documentation stands beside it as {@code <ClassName>.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {
    /** The permanent ID, {@code EVTnnn}. */
    String id();

    /** The kebab-case name of the hazard. */
    String name();

    /** One line: what is flagged. */
    String summary();

    Severity severity();

    Category category();

    /** The evtlint version that introduced the rule. */
    String since();

    String[] tags() default {};

    /** SARIF/GitHub precision: very-high, high, medium or low. */
    String precision() default "high";

    /** GitHub's security-severity (0.0 to 10.0) for security rules; empty for the others. */
    String securitySeverity() default "";
}
