package dev.evtlint.model;

import dev.evtlint.ast.SourceFile;
import dev.evtlint.parse.ScriptParser;
import dev.evtlint.script.ScriptFile;
import java.util.ArrayList;
import java.util.List;

/** Projects of in-memory scripts, as the model's tests build them. */
final class TestProjects {
    private TestProjects() {
    }

    /** The model of the scripts given as names and texts in turn ({@code "a.sql", "CREATE ...", ...}), in that order. */
    static ProjectModel model(String... namesAndTexts) {
        ScriptParser parser = new ScriptParser();
        List<ScriptFile> files = new ArrayList<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.add(parser.parse(SourceFile.ofText(namesAndTexts[i], namesAndTexts[i + 1])));
        }
        return ProjectModel.build(files);
    }
}
