package dev.evtlint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.evtlint.api.TriggerInventory;
import dev.evtlint.pipeline.Pipeline;
import dev.evtlint.report.Printable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code evtlint triggers}: the event triggers the scripts define once they all ran, and the order in
 * which they fire per event — what {@code pg_event_trigger} would show, without a database.
 */
@Command(name = "triggers",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Lists the event triggers the scripts define (event, tags, function, enable state) "
                + "and the order in which they fire per event.")
final class TriggersCommand implements Callable<Integer> {

    @ParentCommand
    private EvtlintCommand parent;

    @Mixin
    private ProjectPaths paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private TriggersFormat format;

    @Override
    public Integer call() {
        Path workingDirectory = parent.environment().workingDirectory();
        Optional<Pipeline> pipeline = paths.pipeline(paths.request(workingDirectory).build(), parent.err());
        if (pipeline.isEmpty()) {
            return ExitCodes.USAGE;
        }
        TriggerInventory.Inventory inventory = pipeline.get().triggers();
        PrintStream out = parent.out();
        if (format == TriggersFormat.JSON) {
            out.println(json(inventory));
        } else {
            text(inventory, out);
        }
        return ExitCodes.report(inventory.notifications(), parent.err());
    }

    private static void text(TriggerInventory.Inventory inventory, PrintStream out) {
        if (inventory.triggers().isEmpty()) {
            out.println("No event triggers.");
            return;
        }
        // Names and paths come from the scripts: printed escaped (Printable), each line one line.
        for (TriggerInventory.Trigger trigger : inventory.triggers()) {
            line(out, String.format("%s on %s%s, %s", trigger.name(), trigger.event(),
                    trigger.tags().isEmpty() ? "" : " when tag in (" + String.join(", ", trigger.tags()) + ")",
                    trigger.enabled()));
            line(out, "  defined at " + where(trigger.definedAt()));
            line(out, "  executes " + trigger.function() + (trigger.functionDefinedAt() == null
                    ? ", which is not defined in the analysed files" : ", defined at " + where(trigger.functionDefinedAt())));
        }
        out.println();
        if (inventory.databases().size() == 1) {
            out.println("Firing order (by name, byte order):");
            firingOrder(out, inventory.databases().get(0), "  ");
            return;
        }
        // Each database fires its own triggers only: one order per database, never one joined list.
        out.println("Firing order (by name, byte order), per database:");
        for (TriggerInventory.Firing database : inventory.databases()) {
            line(out, "  " + database.database() + ":");
            firingOrder(out, database, "    ");
        }
    }

    private static void firingOrder(PrintStream out, TriggerInventory.Firing database, String indent) {
        for (Map.Entry<String, List<String>> event : database.firingOrder().entrySet()) {
            line(out, indent + event.getKey() + ": " + order(event.getValue()));
            List<String> replica = database.replicaFiringOrder().get(event.getKey());
            if (!replica.equals(event.getValue())) {
                line(out, indent + event.getKey() + " with session_replication_role = replica: " + order(replica));
            }
        }
    }

    private static void line(PrintStream out, String text) {
        out.println(Printable.escapeLineStart(text));
    }

    private static String where(TriggerInventory.Place place) {
        return place.file() + ":" + place.line() + ":" + place.column();
    }

    private static String order(List<String> names) {
        return names.isEmpty() ? "(none enabled)" : String.join(" -> ", names);
    }

    private static String json(TriggerInventory.Inventory inventory) {
        try {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("triggers", inventory.triggers());
            if (inventory.databases().size() > 1) {
                document.put("databases", inventory.databases());
            } else {
                // One database (or none): the orders at the top, as before databases were told apart.
                Optional<TriggerInventory.Firing> only = inventory.databases().stream().findFirst();
                document.put("firingOrder", only.map(TriggerInventory.Firing::firingOrder).orElse(Map.of()));
                document.put("replicaFiringOrder", only.map(TriggerInventory.Firing::replicaFiringOrder).orElse(Map.of()));
            }
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
