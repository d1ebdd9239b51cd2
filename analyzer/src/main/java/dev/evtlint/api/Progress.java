package dev.evtlint.api;

/**
 * Hears how far a run is, for a progress indicator: the number of files to read and parse, then
 * each file done. {@link #fileDone} may be called from several threads at once.
 */
public interface Progress {
    /** Hears nothing. */
    Progress NONE = new Progress() {
        @Override
        public void started(int files) {
        }

        @Override
        public void fileDone() {
        }

        @Override
        public void finished() {
        }
    };

    void started(int files);

    void fileDone();

    /** The files are parsed; what follows (model, rules, report) takes little time. */
    void finished();
}
