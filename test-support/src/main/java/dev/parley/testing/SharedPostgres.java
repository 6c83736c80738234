package dev.parley.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One real PostgreSQL server (embedded binaries, no install) per test JVM, started on first use; each
 * caller asks for a database of its own name so test classes do not see each other's rows.
 */
public final class SharedPostgres {
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /** JDBC URL of database {@code name}, created on first request. User and password: {@code postgres}. */
    public static synchronized String jdbcUrl(String name) {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop, "shared-postgres-stop"));
        }
        createDatabaseIfMissing(name);
        return server.getJdbcUrl("postgres", name);
    }

    public static String user() {
        return "postgres";
    }

    private static void createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a lower-case identifier: " + name);
        }
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            boolean exists = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next();
            if (!exists) {
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("stopping embedded PostgreSQL failed: " + e);
        }
    }
}
