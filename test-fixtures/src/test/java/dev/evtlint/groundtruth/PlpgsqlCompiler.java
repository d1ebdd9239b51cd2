package dev.evtlint.groundtruth;

import dev.evtlint.api.AnalysisRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * PostgreSQL's PL/pgSQL compiler as the judge of a body's syntax: one server of the version
 * evtlint targets by default (from the ground-truth harness's binaries), on which each function is
 * created with {@code check_function_bodies = on}, in a transaction that is rolled back. For the
 * syntax judge (dev.evtlint.syntax.SyntaxJudgeTest).
 */
public final class PlpgsqlCompiler implements AutoCloseable {
    private static final String DATABASE = "postgres";
    private static final String DO_BLOCK_FUNCTION = "CREATE FUNCTION evtlint_do_block() RETURNS void LANGUAGE plpgsql AS ";

    /**
     * ACCEPTED: the function was created. REJECTED: the error is placed inside the body (PostgreSQL's
     * validator places every error of its PL/pgSQL compiler there). UNDECIDED: the server failed
     * elsewhere, before it got to the body (a type, a schema that does not exist).
     */
    public enum Outcome { ACCEPTED, REJECTED, UNDECIDED }

    public record Verdict(Outcome outcome, String message) {
    }

    private final PostgresServer server;
    private final Path workFolder;
    private final Thread shutdownHook;
    private final Connection connection;

    private PlpgsqlCompiler(PostgresServer server, Path workFolder, Thread shutdownHook, Connection connection) {
        this.server = server;
        this.workFolder = workFolder;
        this.shutdownHook = shutdownHook;
        this.connection = connection;
    }

    /** Starts the server, its log in {@code logFolder}; the build's system properties say where its binaries are. */
    public static PlpgsqlCompiler start(Path logFolder) throws IOException, InterruptedException, SQLException {
        Path binaries = Path.of(GroundTruthTest.requiredProperty("evtlint.postgres.binaries"));
        ServerUser user = ServerUser.forCurrentProcess(System.getProperty("evtlint.postgres.user",
                ServerUser.DEFAULT_UNPRIVILEGED_USER));
        PostgresBinaries postgres = PostgresBinaries.unpack(binaries, defaultVersion(),
                Path.of("target", "postgres").toAbsolutePath());
        Path logs = Files.createDirectories(logFolder).toAbsolutePath();
        Path workFolder = Files.createTempDirectory("evtlint-plpgsql-compiler-");
        user.own(workFolder);
        PostgresServer server = PostgresServer.prepare("pg" + postgres.version() + "-compiler", postgres, user,
                workFolder.resolve("data"), logs);
        Thread shutdownHook = new Thread(server::stopImmediately, "stop PostgreSQL " + postgres.version());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        server.initdb();
        server.configure(List.of("fsync = off"));
        server.configure(server.ownSettings());
        server.start();
        Connection connection = server.connect(DATABASE);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET check_function_bodies = on");
        }
        connection.commit();
        return new PlpgsqlCompiler(server, workFolder, shutdownHook, connection);
    }

    /** The version among the build's servers whose major version evtlint targets by default. */
    private static String defaultVersion() {
        String versions = GroundTruthTest.requiredProperty("evtlint.postgres.versions");
        return Arrays.stream(versions.split(",")).map(String::trim)
                .filter(v -> v.startsWith(AnalysisRequest.DEFAULT_PG_VERSION + "."))
                .findFirst().orElseThrow(() -> new IllegalStateException("no PostgreSQL "
                        + AnalysisRequest.DEFAULT_PG_VERSION + " among evtlint.postgres.versions=" + versions));
    }

    /**
     * Creates the function of a CREATE FUNCTION or CREATE PROCEDURE statement, and rolls it back;
     * its body's string literal is at {@code [bodyStart, bodyEnd)} of the statement's text.
     */
    public Verdict compile(String createFunction, int bodyStart, int bodyEnd) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createFunction);
            return new Verdict(Outcome.ACCEPTED, "");
        } catch (PSQLException e) {
            ServerErrorMessage error = e.getServerErrorMessage();
            if (error == null) {
                throw e;
            }
            // PostgreSQL's positions count characters from 1.
            int position = error.getPosition() - 1;
            boolean inBody = position >= bodyStart && position < bodyEnd;
            return new Verdict(inBody ? Outcome.REJECTED : Outcome.UNDECIDED,
                    error.getSQLState() + " " + error.getMessage() + (inBody ? "" : " (not inside the body)"));
        } finally {
            connection.rollback();
        }
    }

    /** Compiles a DO block's body, its string literal as written, as the body of a function that returns nothing. */
    public Verdict compileDoBlock(String bodyLiteral) throws SQLException {
        return compile(DO_BLOCK_FUNCTION + bodyLiteral, DO_BLOCK_FUNCTION.length(), DO_BLOCK_FUNCTION.length() + bodyLiteral.length());
    }

    @Override
    public void close() throws IOException, InterruptedException, SQLException {
        try {
            connection.close();
            server.stop();
        } finally {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            GroundTruthTest.deleteRecursively(workFolder);
        }
    }
}
