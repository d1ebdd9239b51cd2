package dev.evtlint.corpus;

/** A row of judgements.tsv: a person's verdict on one finding, TRUE (a real hazard) or FALSE (a false alarm). */
record Judgement(FindingKey key, boolean truePositive, String reason) {

    static Judgement of(TsvTable.Row row) {
        String verdict = row.get("verdict");
        if (!verdict.equals("TRUE") && !verdict.equals("FALSE")) {
            throw new IllegalStateException(row.where() + ": verdict must be TRUE or FALSE, not '" + verdict + "'");
        }
        FindingKey key = new FindingKey(row.get("project"), row.get("file"), number(row, "line"), number(row, "column"),
                row.get("rule"));
        return new Judgement(key, verdict.equals("TRUE"), row.get("reason"));
    }

    private static int number(TsvTable.Row row, String column) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(row.where() + ": " + column + " must be a number, not '" + row.get(column) + "'");
        }
    }
}
