package dev.evtlint.flow;

import dev.evtlint.model.ProjectModel;

/** Facts about the control flow of the project's functions, computed once per run. */
public final class FlowAnalysis {
    private final ProjectModel model;

    public FlowAnalysis(ProjectModel model) {
        this.model = model;
    }

    public ProjectModel model() {
        return model;
    }
}
