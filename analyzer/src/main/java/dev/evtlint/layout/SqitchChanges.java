package dev.evtlint.layout;

import java.nio.file.Path;

/**
 * sqitch's changes: a script in a {@code deploy/} folder beside which, in that folder's parent or a
 * folder above it in the {@link AnalysedTree}, lies the project's {@code sqitch.plan}. sqitch deploys
 * each change once and records it; the sibling {@code revert/} and {@code verify/} scripts run again
 * and again. A {@code deploy/} folder without a plan is any deployment script, which may well rerun.
 */
final class SqitchChanges {
    private static final FolderListings.NameFilter PLAN = new FolderListings.NameFilter("sqitch.plan", "sqitch.plan"::equals);

    private SqitchChanges() {
    }

    static boolean holds(AnalysedTree tree) {
        Path deploy = null;
        for (Path folder : tree.foldersUpToRoot()) {
            if (deploy == null && folder.getFileName() != null && folder.getFileName().toString().equals("deploy")) {
                deploy = folder;
            } else if (deploy != null && !AnalysedTree.filesIn(folder, PLAN).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
