package dev.evtlint.groundtruth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A primary and a streaming hot standby of one PostgreSQL version, built without pg_basebackup:
 * the primary is initialised with wal_level=replica, stopped cleanly, its data directory copied,
 * and the copy started with standby.signal and primary_conninfo. Stopped by {@link #stop()}, and
 * by a shutdown hook if the JVM ends first.
 */
final class ReplicatedPair {
    static final String ADMIN_DATABASE = "postgres";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final PostgresBinaries binaries;
    private final PostgresServer primary;
    private final PostgresServer standby;
    private final Thread shutdownHook;

    private ReplicatedPair(PostgresBinaries binaries, PostgresServer primary, PostgresServer standby) {
        this.binaries = binaries;
        this.primary = primary;
        this.standby = standby;
        this.shutdownHook = new Thread(() -> {
            standby.stopImmediately();
            primary.stopImmediately();
        }, "stop PostgreSQL " + binaries.version());
    }

    /** Starts both servers, data directories below {@code workFolder} (which the server user owns), logs in {@code logFolder}. */
    static ReplicatedPair start(PostgresBinaries binaries, ServerUser user, Path workFolder, Path logFolder)
            throws IOException, InterruptedException, SQLException {
        String prefix = "pg" + binaries.version();
        PostgresServer primary = PostgresServer.prepare(prefix + "-primary", binaries, user,
                workFolder.resolve(prefix + "-primary"), logFolder);
        PostgresServer standby = PostgresServer.prepare(prefix + "-standby", binaries, user,
                workFolder.resolve(prefix + "-standby"), logFolder);
        ReplicatedPair pair = new ReplicatedPair(binaries, primary, standby);
        Runtime.getRuntime().addShutdownHook(pair.shutdownHook);
        try {
            pair.initialise(user);
            return pair;
        } catch (IOException | InterruptedException | SQLException | RuntimeException e) {
            pair.stop();
            throw e;
        }
    }

    private void initialise(ServerUser user) throws IOException, InterruptedException, SQLException {
        primary.initdb();
        Files.writeString(primary.dataDirectory().resolve("pg_hba.conf"), String.join("\n",
                "host all all 127.0.0.1/32 trust",
                "host replication all 127.0.0.1/32 trust", ""));
        primary.configure(List.of(
                "wal_level = replica", "max_wal_senders = 4", "hot_standby = on",
                "fsync = off", "timezone = 'UTC'", "max_connections = 40",
                // Recursive triggers (EVT305) end in "stack depth limit exceeded" sooner.
                "max_stack_depth = '512kB'"));
        // Last: the standby, a copy, appends its own port after these, and a later line wins.
        primary.configure(primary.ownSettings());
        primary.start();
        primary.stop();
        user.run(List.of("cp", "-a", primary.dataDirectory().toString(), standby.dataDirectory().toString()), standby.log());
        Files.createFile(standby.dataDirectory().resolve("standby.signal"));
        standby.configure(standby.ownSettings());
        standby.configure(List.of("primary_conninfo = 'host=127.0.0.1 port=" + primary.port() + " user="
                + PostgresServer.SUPERUSER + " application_name=evtlint_standby'"));
        primary.start();
        standby.start();
        awaitStreaming();
    }

    String version() {
        return binaries.version();
    }

    int major() {
        return binaries.major();
    }

    PostgresServer primary() {
        return primary;
    }

    PostgresServer standby() {
        return standby;
    }

    /**
     * Waits until the standby has replayed everything the primary has logged so far. The insert
     * position, not the write position: a record without a commit (the in-place update that clears
     * dathasloginevt) may not be written out yet.
     */
    void awaitReplay() throws SQLException, InterruptedException {
        String lsn;
        try (Connection connection = primary.connect(ADMIN_DATABASE); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
            rs.next();
            lsn = rs.getString(1);
        }
        awaitTrue(standby, "SELECT pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn",
                "the standby to replay up to " + lsn);
    }

    private void awaitStreaming() throws SQLException, InterruptedException {
        awaitTrue(primary, "SELECT EXISTS (SELECT FROM pg_stat_replication WHERE state = 'streaming')",
                "the standby to stream from the primary");
    }

    /** Polls {@code query} on {@code server} until it returns true; gives up with {@code what} after a minute. */
    void awaitTrue(PostgresServer server, String query, String what) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        try (Connection connection = server.connect(ADMIN_DATABASE); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rs = statement.executeQuery(query)) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("PostgreSQL " + version() + ": gave up waiting for " + what
                            + " after " + WAIT.toSeconds() + " s; see " + server.log());
                }
                Thread.sleep(50);
            }
        }
    }

    void stop() throws IOException, InterruptedException {
        try {
            standby.stop();
        } finally {
            primary.stop();
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
    }
}
