package dev.evtlint.model;

/**
 * An event trigger of a {@link Replay} and the identity of the function it was created with (-1
 * when that function was not defined yet), and the search_path of its CREATE for looking it up later.
 */
record TriggerSlot(EventTriggerDef trigger, int functionIdentity, SearchPath createdUnder) {
    TriggerSlot with(EventTriggerDef changed) {
        return new TriggerSlot(changed, functionIdentity, createdUnder);
    }
}
