package dev.evtlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageListsTest {

    @Test
    void listsUpToFortyNamesWholeAndCountsTheRest() {
        assertEquals("a, b", Stream.of("a", "b").collect(MessageLists.joining()));
        String forty = IntStream.range(0, 40).mapToObj(i -> "t" + i).collect(MessageLists.joining());
        assertEquals(40, forty.split(", ").length);
        String tenThousand = IntStream.range(0, 10_000).mapToObj(i -> "t" + i).collect(MessageLists.joining("; "));
        assertEquals(IntStream.range(0, 40).mapToObj(i -> "t" + i).reduce((a, b) -> a + "; " + b).orElseThrow() + " and 9,960 more",
                tenThousand);
    }
}
