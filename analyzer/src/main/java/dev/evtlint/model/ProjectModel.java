package dev.evtlint.model;

import java.util.List;

/**
 * The whole project as the scripts build it when run in order: the files, the functions and the
 * event triggers. Built once per run; rules only read it.
 */
public final class ProjectModel {
    private final List<ScriptFile> files;

    public ProjectModel(List<ScriptFile> files) {
        this.files = List.copyOf(files);
    }

    /** The scripts in run order. */
    public List<ScriptFile> files() {
        return files;
    }
}
