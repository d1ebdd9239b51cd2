package dev.evtlint.report;

import com.contrastsecurity.sarif.ArtifactChange;
import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.Result;
import dev.evtlint.ast.SourceFile;
import dev.evtlint.ast.SourceRange;
import dev.evtlint.rule.Finding;
import dev.evtlint.rule.Fix;
import dev.evtlint.rule.RelatedLocation;
import dev.evtlint.rule.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A finding as a SARIF {@code result}, shaped for GitHub code scanning. */
final class SarifResults {
    static final String LINE_HASH = "primaryLocationLineHash";
    /** Link text for a related location that has no description of its own. */
    private static final String UNNAMED_RELATED = "related location";

    private final SourceRoot sourceRoot;

    SarifResults(SourceRoot sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    /** {@code fixes}: those the finding's rule offers, carried as the result's {@code fixes}. */
    Result toResult(Finding finding, int ruleIndex, List<Fix> fixes) {
        dev.evtlint.rule.Location primary = finding.location();
        Result result = new Result()
                .withRuleId(finding.rule().id())
                .withRuleIndex(ruleIndex)
                // Always written, even when equal to the rule's default (see SarifJson).
                .withLevel(Result.Level.fromValue(finding.severity().label()))
                // Defaults that SarifJson's NON_EMPTY would otherwise write out.
                .withKind(null)
                .withRank(null)
                .withMessage(new Message().withText(messageText(finding)))
                // GitHub uses only the first location: there is exactly one.
                .withLocations(List.of(new Location().withPhysicalLocation(physical(primary))))
                .withRelatedLocations(relatedLocations(finding.related()));
        String hash = FileLineHashes.hash(primary.file(), primary.range().startLine());
        if (hash != null) {
            result.withPartialFingerprints(new PartialFingerprints().withAdditionalProperty(LINE_HASH, hash));
        }
        if (!fixes.isEmpty()) {
            result.withFixes(fixes.stream().map(this::fix).collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        return result;
    }

    /**
     * SARIF 2.1.0 section 3.55: the edits of each file as replacements of regions of the file as
     * it is (an insertion is a region of no length), applicability as a property.
     */
    private com.contrastsecurity.sarif.Fix fix(Fix fix) {
        Map<SourceFile, List<Replacement>> byFile = new LinkedHashMap<>();
        for (TextEdit edit : fix.edits()) {
            Replacement replacement = new Replacement().withDeletedRegion(region(edit.range()));
            if (!edit.newText().isEmpty()) {
                replacement.withInsertedContent(new ArtifactContent().withText(edit.newText()));
            }
            byFile.computeIfAbsent(edit.file(), file -> new ArrayList<>()).add(replacement);
        }
        Set<ArtifactChange> changes = new LinkedHashSet<>();
        byFile.forEach((file, replacements) -> changes.add(new ArtifactChange()
                .withArtifactLocation(sourceRoot.artifact(file)).withReplacements(replacements)));
        return new com.contrastsecurity.sarif.Fix()
                .withDescription(new Message().withText(fix.title()))
                .withArtifactChanges(changes)
                .withProperties(new PropertyBag().withAdditionalProperty("applicability",
                        fix.applicability().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * The message, then a link to each related location: GitHub shows related locations only
     * when the message links to them as {@code [text](id)}.
     */
    private static String messageText(Finding finding) {
        List<RelatedLocation> related = finding.related();
        if (related.isEmpty()) {
            return finding.message();
        }
        StringBuilder text = new StringBuilder(finding.message()).append(" (see ");
        for (int i = 0; i < related.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            String description = related.get(i).message();
            text.append('[');
            appendLinkText(text, description.isEmpty() ? UNNAMED_RELATED : description);
            text.append("](").append(relatedId(i)).append(')');
        }
        return text.append(')').toString();
    }

    /** SARIF 2.1.0 section 3.11.6: backslashes and square brackets in link text are escaped. */
    private static void appendLinkText(StringBuilder text, String linkText) {
        for (int i = 0; i < linkText.length(); i++) {
            char c = linkText.charAt(i);
            if (c == '\\' || c == '[' || c == ']') {
                text.append('\\');
            }
            text.append(c);
        }
    }

    private Set<Location> relatedLocations(List<RelatedLocation> related) {
        // A Set in java-sarif (unique items); insertion order keeps the ids in sequence.
        Set<Location> locations = new LinkedHashSet<>();
        for (int i = 0; i < related.size(); i++) {
            RelatedLocation location = related.get(i);
            locations.add(new Location()
                    .withId(relatedId(i))
                    .withPhysicalLocation(physical(location.location()))
                    .withMessage(new Message().withText(location.message().isEmpty() ? UNNAMED_RELATED : location.message())));
        }
        return locations;
    }

    /** Ids start at 1, as in GitHub's and CodeQL's examples. */
    private static int relatedId(int index) {
        return index + 1;
    }

    private PhysicalLocation physical(dev.evtlint.rule.Location location) {
        return new PhysicalLocation()
                .withArtifactLocation(sourceRoot.artifact(location.file()))
                .withRegion(region(location.range()));
    }

    private static Region region(SourceRange range) {
        return new Region()
                .withStartLine(range.startLine())
                .withStartColumn(range.startColumn())
                .withEndLine(range.endLine())
                .withEndColumn(range.endColumn());
    }
}
