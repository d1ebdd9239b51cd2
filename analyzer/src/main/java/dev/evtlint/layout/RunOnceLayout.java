package dev.evtlint.layout;

import dev.evtlint.script.ScriptFile;
import java.util.Optional;

/**
 * Whether what lies around a script shows that whatever runs it runs it once, as a whole: a test
 * script ({@link TestScriptLayout}), an extension's source ({@link ExtensionSources}), a Docker
 * init script ({@link DockerInitScripts}) or a sqitch change ({@link SqitchChanges}). The evidence is read from the {@link AnalysedTree} of
 * the script once per file; without it (a script given as text) only the script's own text counts.
 */
final class RunOnceLayout {
    /** The key of the answer kept with each source file. */
    private static final Object QUESTION = new Object();

    private RunOnceLayout() {
    }

    static boolean holds(ScriptFile file) {
        return file.source().remember(QUESTION, () -> {
            Optional<AnalysedTree> tree = AnalysedTree.of(file.source());
            return tree.filter(TestScriptLayout::holds).isPresent()
                    || ExtensionSources.holds(file)
                    || tree.filter(DockerInitScripts::holds).isPresent()
                    || tree.filter(SqitchChanges::holds).isPresent();
        });
    }
}
