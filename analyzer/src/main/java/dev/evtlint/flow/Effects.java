package dev.evtlint.flow;

import dev.evtlint.model.CallSite;
import java.util.List;

/**
 * What a statement of a function body does itself, nested statements aside: the first thing in it
 * that fails on a hot standby (null when nothing does), the project's functions it calls, and
 * whether it raises an error for certain (RAISE EXCEPTION).
 */
public record Effects(StandbyWrites.Write standbyWrite, List<CallSite> calls, boolean raisesError) {

    public Effects {
        calls = List.copyOf(calls);
    }
}
