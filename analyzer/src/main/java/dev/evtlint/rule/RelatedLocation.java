package dev.evtlint.rule;

/** A place that explains a finding, such as the login trigger that makes a function matter. */
public record RelatedLocation(Location location, String message) {
}
