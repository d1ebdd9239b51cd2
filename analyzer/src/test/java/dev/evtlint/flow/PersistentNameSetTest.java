package dev.evtlint.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The set ScriptRerun keeps per statement behaves as a plain set, and changing it leaves the original as it was. */
class PersistentNameSetTest {

    @Test
    void behavesLikeAHashSetThroughRandomChangesAndKeepsEveryEarlierVersion() {
        Random random = new Random(16);
        Set<String> expected = new HashSet<>();
        PersistentNameSet set = PersistentNameSet.EMPTY;
        Map<PersistentNameSet, Set<String>> versions = new IdentityHashMap<>();
        for (int step = 0; step < 20_000; step++) {
            // Few names, so that names come back and "Aa"/"BB" (one hash code) share a bucket.
            String name = random.nextInt(5) == 0 ? (random.nextBoolean() ? "Aa" : "BB") : "t_" + random.nextInt(3_000);
            if (step % 500 == 0) {
                versions.put(set, Set.copyOf(expected));
            }
            if (random.nextInt(3) == 0) {
                set = set.without(name);
                expected.remove(name);
                assertFalse(set.contains(name));
            } else {
                set = set.with(name);
                expected.add(name);
                assertTrue(set.contains(name));
            }
            assertEquals(expected.size(), set.size());
        }
        versions.forEach((version, itsNames) -> assertEquals(itsNames, version, "an earlier version changed"));
        assertEquals(expected, set);
        assertEquals(expected.hashCode(), set.hashCode());
        assertEquals(set, Set.copyOf(expected));
    }

    @Test
    void addingAPresentNameOrRemovingAnAbsentOneGivesTheSameSet() {
        PersistentNameSet set = PersistentNameSet.EMPTY.with("a");
        assertSame(set, set.with("a"));
        assertSame(set, set.without("b"));
        assertSame(PersistentNameSet.EMPTY, set.without("a"));
    }
}
