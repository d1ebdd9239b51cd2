package dev.evtlint.rule;

/** The families of the rule catalog (RULES.md); the hundreds digit of a rule ID. */
public enum Category {
    TOOL("the tool itself"),
    LOGIN("login triggers"),
    EVENTS("events, tag filters and shared objects"),
    ORDERING("ordering and transactions"),
    CONTRACT("the trigger function contract and the event functions"),
    SECURITY("security"),
    ROBUSTNESS("script robustness");

    private final String title;

    Category(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The hundreds digit of the IDs of this category's rules: the constants stand in the catalog's order. */
    public char idDigit() {
        return (char) ('0' + ordinal());
    }
}
