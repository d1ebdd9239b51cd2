package dev.evtlint.model;

import java.util.List;

/**
 * A definition of a function that event triggers ran until a later statement replaced it (CREATE
 * OR REPLACE, or a later file's definition) or dropped it ({@code end}): in a migration history
 * that is every database between the two versions. {@code triggers} are the triggers that ran it,
 * each as it stood then and executing {@code definition}; {@code calls} are its body's calls
 * resolved among the functions as they stood when it ended.
 */
record RetiredDefinition(FunctionDef definition, List<EventTriggerDef> triggers, CallLinks calls, DefinitionEnd end) {
}
