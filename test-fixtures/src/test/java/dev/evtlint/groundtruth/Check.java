package dev.evtlint.groundtruth;

import java.util.Map;
import java.util.function.Function;

/** One way of observing on real servers whether a rule's findings on a fixture are true. */
interface Check {

    Verdict verify(AnalysedFixture fixture, FixtureDatabase database) throws Exception;

    /** The checks by the name a verify line gives; the argument is the rest of that line. */
    Map<String, Function<String, Check>> BY_NAME = Map.ofEntries(
            Map.entry("creation", argument -> new CreationCheck()),
            Map.entry("command", CommandCheck::new),
            Map.entry("command-after", CommandAfterCheck::new),
            Map.entry("login", argument -> new LoginCheck()),
            Map.entry("standby-login", argument -> new StandbyLoginCheck()),
            Map.entry("standby-after-removal", argument -> new StandbyAfterRemovalCheck()),
            Map.entry("standby-replica-lockout", argument -> new StandbyReplicaLockoutCheck()),
            Map.entry("firing-order", FiringOrderCheck::new),
            Map.entry("fires", FiresCheck::new),
            Map.entry("rollback", RollbackCheck::new),
            Map.entry("privileges", PrivilegesCheck::new),
            Map.entry("rerun", argument -> new RerunCheck()),
            Map.entry("dropped-triggers", argument -> new DroppedTriggersCheck()));

    static Check of(VerifyDirective directive) {
        Function<String, Check> factory = BY_NAME.get(directive.check());
        if (factory == null) {
            throw new IllegalArgumentException("unknown check '" + directive.check() + "' in verify line; known: "
                    + String.join(", ", new java.util.TreeSet<>(BY_NAME.keySet())));
        }
        return factory.apply(directive.argument());
    }
}
