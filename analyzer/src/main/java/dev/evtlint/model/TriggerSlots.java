package dev.evtlint.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The event triggers of a {@link Replay} by name, in the order they were created (a rename moves a
 * trigger to the end), with the indexes a DROP asks, kept in step with every change: the triggers
 * by the identity of the function they were created with, and those that fire at
 * ddl_command_start (only they can veto the DROP). A scan of every trigger per DROP made N DROP
 * FUNCTION that triggers block N squared.
 */
final class TriggerSlots {
    private final Map<String, TriggerSlot> byName = new LinkedHashMap<>();
    /** Where each name stands in {@code byName}'s order, to hand out a part of it in that order. */
    private final Map<String, Long> places = new HashMap<>();
    private long nextPlace;
    private final Map<Integer, Set<String>> byFunction = new HashMap<>();
    /**
     * The triggers whose function the replay looks up by name: created before their function was
     * (identity -1), or whose function a DROP removed since. Kept once there, though a function of
     * that identity may come back (CREATE EXTENSION): the replay tells which they execute.
     */
    private final Set<String> lookedUpByName = new HashSet<>();
    private final Set<String> atCommandStart = new HashSet<>();
    /** How many triggers the questions a DROP asks handed out, over the replay: for tests of its cost. */
    private int slotsHandedOut;

    boolean contains(String name) {
        return byName.containsKey(name);
    }

    TriggerSlot get(String name) {
        return byName.get(name);
    }

    /** Adds a trigger, or changes the one of that name where it stands. */
    void put(String name, TriggerSlot slot) {
        TriggerSlot old = byName.put(name, slot);
        if (old == null) {
            places.put(name, nextPlace++);
        } else {
            unindex(name, old);
        }
        byFunction.computeIfAbsent(slot.functionIdentity(), identity -> new HashSet<>()).add(name);
        if (slot.functionIdentity() < 0) {
            lookedUpByName.add(name);
        }
        if (slot.trigger().event().equals("ddl_command_start")) {
            atCommandStart.add(name);
        }
    }

    /** Every trigger of {@code other}, after this one's. */
    void putAll(TriggerSlots other) {
        other.byName.forEach(this::put);
        lookedUpByName.addAll(other.lookedUpByName);
    }

    void remove(String name) {
        TriggerSlot old = byName.remove(name);
        if (old != null) {
            places.remove(name);
            unindex(name, old);
            lookedUpByName.remove(name);
        }
    }

    private void unindex(String name, TriggerSlot slot) {
        Set<String> ofFunction = byFunction.get(slot.functionIdentity());
        ofFunction.remove(name);
        if (ofFunction.isEmpty()) {
            byFunction.remove(slot.functionIdentity());
        }
        atCommandStart.remove(name);
    }

    /** A DROP removed the function of {@code identity}: its triggers look it up by name from now on. */
    void functionRemoved(int identity) {
        lookedUpByName.addAll(byFunction.getOrDefault(identity, Set.of()));
    }

    /** Every trigger, in order. */
    Collection<TriggerSlot> all() {
        slotsHandedOut += byName.size();
        return Collections.unmodifiableCollection(byName.values());
    }

    /** The triggers that fire at ddl_command_start, in no particular order. */
    List<TriggerSlot> atCommandStart() {
        return handOut(atCommandStart);
    }

    /**
     * The triggers that may execute one of the functions of {@code identities}, in order: those
     * created with one of them, and those that look their function up by name.
     */
    List<TriggerSlot> mayExecute(Collection<Integer> identities) {
        Set<String> names = new HashSet<>(lookedUpByName);
        identities.forEach(identity -> names.addAll(byFunction.getOrDefault(identity, Set.of())));
        List<String> ordered = new ArrayList<>(names);
        ordered.sort(Comparator.comparing(places::get));
        return handOut(ordered);
    }

    private List<TriggerSlot> handOut(Collection<String> names) {
        slotsHandedOut += names.size();
        List<TriggerSlot> slots = new ArrayList<>(names.size());
        names.forEach(name -> slots.add(byName.get(name)));
        return slots;
    }

    int slotsHandedOut() {
        return slotsHandedOut;
    }
}
