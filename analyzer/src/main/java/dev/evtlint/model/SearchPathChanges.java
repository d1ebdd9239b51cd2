package dev.evtlint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The search_path of a replay, kept only where it changes: each entry holds from a position in the
 * run order of the executed statements up to the next entry. A script sets its search_path a few
 * times at most, so this is a short list where a path per statement grew with every statement run,
 * though only a rule that explains a failed DROP asks for one.
 */
final class SearchPathChanges {
    private final List<Integer> positions = new ArrayList<>();
    private final List<SearchPath> paths = new ArrayList<>();

    /** Records that the statement at {@code position}, the next in run order, runs under {@code path}. */
    void record(int position, SearchPath path) {
        if (paths.isEmpty() || !paths.get(paths.size() - 1).equals(path)) {
            positions.add(position);
            paths.add(path);
        }
    }

    /** The search_path the statement at {@code position} runs under; the default before any was recorded. */
    SearchPath at(int position) {
        int found = Collections.binarySearch(positions, position);
        int entry = found >= 0 ? found : -found - 2;
        return entry < 0 ? SearchPath.DEFAULT : paths.get(entry);
    }
}
