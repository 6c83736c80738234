package dev.parley.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Real PostgreSQL from embedded binaries (no install, no Docker), its data kept in
 * {@code <home>/data/postgres} so cases survive a restart.
 */
final class LocalPostgres implements AutoCloseable {
    static final String DATABASE = "parley";
    static final String USER = "postgres";

    private final EmbeddedPostgres server;
    private final Path dataDir;

    private LocalPostgres(EmbeddedPostgres server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    static LocalPostgres start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // Tables start empty and grow fast here (demo feed, benchmarks): statements prepared while
                    // they were small keep plans made for small tables (scans, not index look-ups) until
                    // autovacuum analyzes them, which its default 1-minute nap delays by up to a minute.
                    .setServerConfig("autovacuum_naptime", "5s")
                    // The embedded server's default is off (quick tests), which lets a crash of PostgreSQL forget
                    // commits it acknowledged. The response service commits a post's case here before it commits
                    // the post's Kafka offset, so a forgotten commit would be a lost case.
                    .setServerConfig("synchronous_commit", "on")
                    .start();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                if (!s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
                    s.execute("CREATE DATABASE " + DATABASE);
                }
            }
            return new LocalPostgres(server, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    /** The postmaster's process id, the first line of its {@code postmaster.pid}; its backends are its children. */
    long pid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL's postmaster.pid cannot be read in " + dataDir, e);
        }
    }

    /**
     * Kills PostgreSQL without warning (SIGKILL to the postmaster and every backend at once), as a crash would, and
     * lets go of its data directory so {@link #start} can recover it.
     */
    void kill() {
        ProcessHandle postmaster = ProcessHandle.of(pid()).orElseThrow(
                () -> new IllegalStateException("PostgreSQL's postmaster is not running"));
        List<ProcessHandle> processes = Stream.concat(Stream.of(postmaster), postmaster.descendants()).toList();
        processes.forEach(ProcessHandle::destroyForcibly);
        processes.forEach(process -> process.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        // pg_ctl finds nothing to stop; the data directory's lock is released.
        close();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
