package dev.evtlint.groundtruth;

import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The operating-system user that runs initdb, pg_ctl and postgres. PostgreSQL refuses to run as
 * root, and CI runs as root: then the programs run as an unprivileged user through
 * {@code runuser}, and the files they write are handed to that user. Otherwise, as ourselves.
 */
final class ServerUser {
    /** Created by .ci/run when it runs as root; another name can be given with -Devtlint.postgres.user. */
    static final String DEFAULT_UNPRIVILEGED_USER = "evtlint-pg";
    private static final long COMMAND_TIMEOUT_SECONDS = 120;

    private final String unprivilegedUser;

    private ServerUser(String unprivilegedUser) {
        this.unprivilegedUser = unprivilegedUser;
    }

    /** As ourselves, or, when we are root, as the given unprivileged user, which must exist. */
    static ServerUser forCurrentProcess(String unprivilegedUser) throws IOException, InterruptedException {
        if (new UnixSystem().getUid() != 0) {
            return new ServerUser(null);
        }
        ServerUser user = new ServerUser(unprivilegedUser);
        if (user.exitCode(List.of("id", "-u", unprivilegedUser)) != 0) {
            throw new IllegalStateException("running as root, and PostgreSQL refuses to run as root: create the user "
                    + unprivilegedUser + " (useradd --system --no-create-home " + unprivilegedUser
                    + ", as .ci/run does) or build as an ordinary user");
        }
        return user;
    }

    /** Lets the server user own {@code path} (a folder it writes in, a log file). */
    void own(Path path) throws IOException {
        if (unprivilegedUser != null) {
            UserPrincipal owner = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(unprivilegedUser);
            Files.setOwner(path, owner);
        }
    }

    /** Runs a program as the server user, its output appended to {@code log}; fails with the log's path. */
    void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = start(command, log);
        if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in "
                    + COMMAND_TIMEOUT_SECONDS + " s; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                    + process.exitValue() + "; see " + log);
        }
    }

    private Process start(List<String> command, Path log) throws IOException {
        List<String> full = new ArrayList<>();
        if (unprivilegedUser != null) {
            full.addAll(List.of("runuser", "-u", unprivilegedUser, "--"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // PGDATA, PGPORT and the like from the build's environment would override the options given.
        builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
        return builder.start();
    }

    private int exitCode(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor();
    }
}
