package dev.evtlint.pipeline;

import dev.evtlint.api.AnalysisRequest;
import dev.evtlint.api.AnalysisResult;
import dev.evtlint.api.LiveSources;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Makes fixes round after round, as ruff does: each round checks the scripts as the fixes so far
 * left them (unsaved texts, nothing written) and makes the first allowed fix of each finding, in
 * report order, unless its edits or its {@linkplain Fix#isolation() isolation} touch the edits or
 * the isolation of a fix made earlier in the round: that finding waits for the next round, when
 * its rule has seen the change. It ends when a round makes no fix,
 * or after {@link #MAX_ROUNDS} rounds (a fix that does not clear its finding must not go on for ever).
 */
final class FixRounds {
    static final int MAX_ROUNDS = 10;

    /** Checks the scripts, with the in-memory ones as the request holds them. */
    private final BiFunction<AnalysisRequest, LiveSources, CheckOutcome> check;
    private final Fix.Applicability allowed;
    private final LiveSources live = LiveSources.create();
    /** By where the script is: its path, or for one in memory its display path. */
    private final Map<String, SourceFile> originals = new LinkedHashMap<>();
    private final Map<String, String> fixedTexts = new LinkedHashMap<>();
    private AnalysisRequest request;
    private int applied;

    FixRounds(AnalysisRequest request, Fix.Applicability allowed, BiFunction<AnalysisRequest, LiveSources, CheckOutcome> check) {
        this.request = request;
        this.allowed = allowed;
        this.check = check;
    }

    FixOutcome run() {
        CheckOutcome outcome = check.apply(request, live);
        outcome.complete().files().forEach(file -> originals.put(key(file), file));
        for (int round = 0; round < MAX_ROUNDS && makeFixes(outcome.reported()); round++) {
            outcome = check.apply(request, live);
        }
        List<FixOutcome.FixedScript> changed = new ArrayList<>();
        fixedTexts.forEach((key, text) -> {
            SourceFile original = originals.get(key);
            if (!original.text().equals(text)) {
                changed.add(new FixOutcome.FixedScript(original, text));
            }
        });
        AnalysisResult result = outcome.reported();
        long remaining = result.findings().stream().filter(f -> firstAllowed(result, f, allowed) != null).count();
        long unsafe = result.findings().stream()
                .filter(f -> firstAllowed(result, f, allowed) == null && firstAllowed(result, f, Fix.Applicability.UNSAFE) != null)
                .count();
        return new FixOutcome(outcome, changed, applied, (int) remaining, (int) unsafe);
    }

    /** One round: whether it made a fix. */
    private boolean makeFixes(AnalysisResult result) {
        Map<SourceFile, List<TextEdit>> edits = new LinkedHashMap<>();
        // The text this round's fixes change or depend on: their edits, and their isolations as edits of no text.
        Map<SourceFile, List<TextEdit>> reserved = new LinkedHashMap<>();
        int made = 0;
        for (Finding finding : result.findings()) {
            Fix fix = firstAllowed(result, finding, allowed);
            if (fix == null) {
                continue;
            }
            List<TextEdit> claims = new ArrayList<>(fix.edits());
            if (fix.isolation() != null) {
                claims.add(new TextEdit(fix.edits().get(0).file(), fix.isolation().startOffset(), fix.isolation().endOffset(), ""));
            }
            if (claims.stream().anyMatch(claim -> touchesAny(claim, reserved.getOrDefault(claim.file(), List.of())))) {
                continue;
            }
            fix.edits().forEach(edit -> edits.computeIfAbsent(edit.file(), file -> new ArrayList<>()).add(edit));
            claims.forEach(claim -> reserved.computeIfAbsent(claim.file(), file -> new ArrayList<>()).add(claim));
            made++;
        }
        edits.forEach((file, fileEdits) -> {
            String text = applied(file.text(), fileEdits);
            fixedTexts.put(key(file), text);
            if (file.path() != null) {
                live.edited(file.path(), text);
            } else {
                request = request.withText(file.displayPath(), text);
            }
        });
        applied += made;
        return made > 0;
    }

    private static Fix firstAllowed(AnalysisResult result, Finding finding, Fix.Applicability allowed) {
        return result.fixes().of(finding).stream().filter(fix -> fix.applicability().within(allowed)).findFirst().orElse(null);
    }

    /** Overlapping or touching: two insertions at one place would come out in an order no rule chose. */
    private static boolean touchesAny(TextEdit edit, List<TextEdit> others) {
        return others.stream().anyMatch(o -> edit.startOffset() <= o.endOffset() && o.startOffset() <= edit.endOffset());
    }

    /** {@code text} with the edits (none touching another) made, each at its place in {@code text}. */
    private static String applied(String text, List<TextEdit> edits) {
        StringBuilder result = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(TextEdit::startOffset).reversed())
                .forEach(edit -> result.replace(edit.startOffset(), edit.endOffset(), edit.newText()));
        return result.toString();
    }

    private static String key(SourceFile file) {
        return file.path() != null ? file.path().toAbsolutePath().normalize().toString() : file.displayPath();
    }
}
