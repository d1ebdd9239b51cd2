package dev.evtlint.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsComeInTheOrderOfTheItemsWhateverTheThreads() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        for (int jobs : new int[] {1, 2, 8}) {
            List<String> results = InOrder.map(items, jobs, "test-in-order", item -> {
                if (item % 97 == 0) {
                    Thread.yield(); // lets other threads overtake this item
                }
                return "r" + item;
            });
            assertEquals(items.stream().map(item -> "r" + item).toList(), results);
        }
    }

    @Test
    void runsOnNamedThreadsAndNoMoreThanTheJobs() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        InOrder.map(IntStream.range(0, 200).boxed().toList(), 3, "test-named", item -> {
            threads.add(Thread.currentThread().getName());
            ids.add(Thread.currentThread().getId());
            return item;
        });
        assertEquals(Set.of("test-named"), threads);
        assertTrue(ids.size() <= 3, ids.toString());
    }

    @Test
    void theFailureOfTheFirstFailingItemIsThrown() {
        List<Integer> items = IntStream.range(0, 1_000).boxed().toList();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> InOrder.map(items, 4, "test-failing", item -> {
                    if (item == 700 || item == 300) {
                        throw new IllegalStateException("item " + item);
                    }
                    return item;
                }));
        assertEquals("item 300", thrown.getMessage());
    }

    @Test
    void anErrorIsThrownAsItself() {
        StackOverflowError thrown = assertThrows(StackOverflowError.class,
                () -> InOrder.map(List.of(1, 2), 2, "test-error", item -> {
                    throw new StackOverflowError("deep");
                }));
        assertEquals("deep", thrown.getMessage());
    }

    @Test
    void noItemsNeedNoThread() {
        assertEquals(List.of(), InOrder.map(List.<Integer>of(), 2, "test-empty", item -> item));
    }
}
