package dev.evtlint.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings against judgements, both ways: a finding nobody judged (new, or moved) and a judgement
 * whose finding is gone (lost, or moved) are both differences; the others are judged findings.
 */
final class JudgementComparison {
    private final List<CorpusFinding> unjudged = new ArrayList<>();
    private final List<Judgement> withoutFinding = new ArrayList<>();
    private final List<Judgement> matched = new ArrayList<>();

    /** Analyses every project present in {@code corpus} and compares the findings with its judgements. */
    static JudgementComparison of(JudgedCorpus corpus) {
        List<CorpusFinding> findings = new ArrayList<>();
        corpus.projects().forEach((project, folders) -> findings.addAll(ProjectAnalysis.findings(project, folders)));
        return new JudgementComparison(findings, corpus.judgementsOfPresentProjects());
    }

    JudgementComparison(Collection<CorpusFinding> findings, Collection<Judgement> judgements) {
        Map<FindingKey, Judgement> byKey = new TreeMap<>();
        for (Judgement judgement : judgements) {
            if (byKey.put(judgement.key(), judgement) != null) {
                throw new IllegalStateException("two judgements of one finding: " + judgement.key());
            }
        }
        Map<FindingKey, CorpusFinding> found = new TreeMap<>();
        findings.forEach(finding -> found.putIfAbsent(finding.key(), finding));
        found.forEach((key, finding) -> {
            Judgement judgement = byKey.get(key);
            if (judgement == null) {
                unjudged.add(finding);
            } else {
                matched.add(judgement);
            }
        });
        byKey.forEach((key, judgement) -> {
            if (!found.containsKey(key)) {
                withoutFinding.add(judgement);
            }
        });
    }

    boolean agrees() {
        return unjudged.isEmpty() && withoutFinding.isEmpty();
    }

    /** The judgements whose finding evtlint still reports. */
    List<Judgement> matched() {
        return matched;
    }

    /** The differences, one per line, each with the file, line, column and rule, and the message or the verdict. */
    String differences() {
        StringBuilder text = new StringBuilder();
        if (!unjudged.isEmpty()) {
            text.append(unjudged.size()).append(" finding(s) without a judgement in judgements.tsv:\n");
            unjudged.forEach(f -> text.append("  + ").append(f.key()).append(": ").append(f.message()).append('\n'));
        }
        if (!withoutFinding.isEmpty()) {
            text.append(withoutFinding.size()).append(" judgement(s) whose finding evtlint no longer reports:\n");
            withoutFinding.forEach(j -> text.append("  - ").append(j.key()).append(": judged ")
                    .append(j.truePositive() ? "TRUE" : "FALSE").append(" (").append(j.reason()).append(")\n"));
        }
        return text.toString();
    }
}
