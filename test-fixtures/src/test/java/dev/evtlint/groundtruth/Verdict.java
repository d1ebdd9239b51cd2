package dev.evtlint.groundtruth;

/** What a real server said about a rule's claim on one fixture, and the observation behind it. */
record Verdict(Kind kind, String evidence) {

    enum Kind {
        CONFIRMED("confirmed"), REFUTED("refuted"), NOT_APPLICABLE("n/a");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    static Verdict confirmed(String evidence) {
        return new Verdict(Kind.CONFIRMED, evidence);
    }

    static Verdict refuted(String evidence) {
        return new Verdict(Kind.REFUTED, evidence);
    }

    static Verdict notApplicable(String evidence) {
        return new Verdict(Kind.NOT_APPLICABLE, evidence);
    }

    /** Confirmed when the server did what the rule claims, refuted otherwise, with the same evidence. */
    static Verdict of(boolean claimHolds, String evidence) {
        return claimHolds ? confirmed(evidence) : refuted(evidence);
    }
}
