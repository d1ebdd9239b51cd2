package dev.evtlint.groundtruth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/** One PostgreSQL server: its data directory, its port on 127.0.0.1, its log, started and stopped with pg_ctl. */
final class PostgresServer {
    static final String SUPERUSER = "postgres";
    private static final String HOST = "127.0.0.1";

    private final String name;
    private final PostgresBinaries binaries;
    private final ServerUser user;
    private final Path dataDirectory;
    private final Path log;
    private final int port;
    private volatile boolean running;

    private PostgresServer(String name, PostgresBinaries binaries, ServerUser user, Path dataDirectory, Path log, int port) {
        this.name = name;
        this.binaries = binaries;
        this.user = user;
        this.dataDirectory = dataDirectory;
        this.log = log;
        this.port = port;
    }

    /** A server on a free port whose data directory will be {@code dataDirectory}, logging to {@code logFolder/name.log}. */
    static PostgresServer prepare(String name, PostgresBinaries binaries, ServerUser user, Path dataDirectory, Path logFolder)
            throws IOException {
        Path log = logFolder.resolve(name + ".log");
        Files.deleteIfExists(log);
        Files.createFile(log);
        user.own(log);
        return new PostgresServer(name, binaries, user, dataDirectory, log, freePort());
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    Path log() {
        return log;
    }

    void initdb() throws IOException, InterruptedException {
        user.run(List.of(binaries.bin("initdb").toString(), "-D", dataDirectory.toString(), "-U", SUPERUSER,
                "-A", "trust", "--no-locale", "-E", "UTF8", "--no-sync"), log);
    }

    /** Appends settings to postgresql.conf; a later line wins over an earlier one. */
    void configure(List<String> settings) throws IOException {
        Files.writeString(dataDirectory.resolve("postgresql.conf"), "\n" + String.join("\n", settings) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Settings every server of the harness has: its own port, TCP on 127.0.0.1 only, no socket files. */
    List<String> ownSettings() {
        return List.of("port = " + port, "listen_addresses = '" + HOST + "'", "unix_socket_directories = ''");
    }

    void start() throws IOException, InterruptedException {
        user.run(List.of(binaries.bin("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l", log.toString(),
                "-w", "-t", "60", "start"), log);
        running = true;
    }

    /** A clean shutdown (a standby can only start from a cleanly stopped primary's copy). */
    void stop() throws IOException, InterruptedException {
        if (running) {
            user.run(List.of(binaries.bin("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "fast", "-w",
                    "stop"), log);
            running = false;
        }
    }

    /** For the shutdown hook: the JVM is going away, do not wait for clients. */
    void stopImmediately() {
        if (running) {
            try {
                user.run(List.of(binaries.bin("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "immediate",
                        "-w", "stop"), log);
                running = false;
            } catch (IOException | RuntimeException e) {
                System.err.println("could not stop PostgreSQL server " + name + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Connection connect(String database) throws SQLException {
        return connect(database, new Properties());
    }

    /** A new connection as the superuser; {@code settings} may add e.g. {@code options=-c event_triggers=off}. */
    Connection connect(String database, Properties settings) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "60");
        properties.putAll(settings);
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port + "/" + database, properties);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
