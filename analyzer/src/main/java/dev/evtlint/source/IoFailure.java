package dev.evtlint.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Says in words what went wrong with a file, for the one line a user sees when a script, a
 * configuration or baseline cannot be read or a report cannot be written.
 */
public final class IoFailure {

    private IoFailure() {
    }

    /** File system errors carry only the path as their message; say what went wrong instead. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            // From creating the parent folders: a file stands where a folder must be.
            return exists.getFile() + " is not a directory";
        }
        if (e instanceof FileSystemException failure && failure.getReason() != null) {
            return failure.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
