package dev.evtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SearchPathChangesTest {

    @Test
    void eachPositionRunsUnderTheLastPathRecordedAtOrBeforeIt() {
        SearchPathChanges changes = new SearchPathChanges();
        SearchPath audit = SearchPath.ofText("audit");
        SearchPath ops = SearchPath.ofText("ops, public");
        changes.record(2, audit);
        changes.record(3, audit);
        changes.record(5, ops);
        changes.record(7, SearchPath.DEFAULT);
        assertEquals(List.of(SearchPath.DEFAULT, SearchPath.DEFAULT, audit, audit, audit, ops, ops, SearchPath.DEFAULT,
                SearchPath.DEFAULT), IntStream.range(0, 9).mapToObj(changes::at).toList());
    }
}
