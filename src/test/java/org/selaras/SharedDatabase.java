package org.selaras;

import org.h2.tools.Server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one empty database that several server processes share, of the kind the jar under test was built for: an H2
 * TCP server for the H2 build (the default), or the PostgreSQL of {@code SELARAS_DB_URL}, {@code SELARAS_DB_USER} and
 * {@code SELARAS_DB_PASSWORD} for the pg build ({@code -Dserver-process.database=pg}; the pg-app profile of pom.xml
 * sets it in the PostgreSQL pass). On PostgreSQL the schema is emptied first and both instances migrate it at
 * start, as a real first start does (Flyway takes an advisory lock); on H2 it is migrated here first, since two
 * Flyway runs on a brand-new H2 database race on the history table.
 */
public final class SharedDatabase implements AutoCloseable {
    private final Server h2;
    private final String url;
    private final String user;
    private final String password;

    private SharedDatabase(Server h2, String url, String user, String password) {
        this.h2 = h2;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Whether the process tests run the pg build on PostgreSQL. */
    public static boolean postgres() {
        return "pg".equals(System.getProperty("server-process.database"));
    }

    /** An empty database named {@code name} (H2) or the emptied PostgreSQL database. */
    public static SharedDatabase fresh(String name) throws SQLException {
        if (postgres()) {
            String url = System.getenv("SELARAS_DB_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("-Dserver-process.database=pg needs SELARAS_DB_URL (and SELARAS_DB_USER,"
                        + " SELARAS_DB_PASSWORD): the PostgreSQL database the instances share (.ci/test sets them)");
            }
            SharedDatabase db = new SharedDatabase(null, url, env("SELARAS_DB_USER", "selaras"),
                    env("SELARAS_DB_PASSWORD", "selaras"));
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                // what the suite's own tests (or the last process test) left: a first start needs an empty database
                s.execute("drop schema if exists public cascade");
                s.execute("create schema public");
            }
            return db;
        }
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        // the one who waits for the first-start lock waits as long as on PostgreSQL (H2's default is 1 s)
        String url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:" + name + ";DB_CLOSE_DELAY=-1"
                + ";LOCK_TIMEOUT=120000";
        ServerProcess.migrateH2(url);
        return new SharedDatabase(server, url, "selaras", "selaras");
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }

    /** The settings that put an instance on this database. */
    public ServerProcess.Builder configure(ServerProcess.Builder instance) {
        instance.property("quarkus.datasource.jdbc.url", url)
                .property("quarkus.datasource.username", user).property("quarkus.datasource.password", password);
        if (h2 != null) {
            instance.property("quarkus.flyway.migrate-at-start", "false");
        } else {
            instance.property("quarkus.profile", "pg");
        }
        return instance;
    }

    /** A connection of the test's own, as another client of the database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        if (h2 != null) {
            h2.stop();
        }
    }
}
