package dev.evtlint.script;

/**
 * A changeset of a Liquibase formatted SQL changelog: {@code --changeset author:id} and the lines up
 * to the next one, from offset {@code start} to {@code end} of the file. Liquibase runs a changeset
 * once, unless {@code runAlways} or {@code runOnChange} make it run again.
 */
public record Changeset(String author, String id, int start, int end, boolean runsAgain) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
