package org.selaras;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H2Opener without Quarkus: which URLs it opens, how it tells a clean close, and its rollback of H2 leftovers on a
 * real H2 file where one was made as a kill -9 leaves it (H2RestartIT tests the packaged server).
 */
class H2OpenerTest {

    @Test
    void opensEmbeddedH2FilesOnly() {
        assertTrue(H2Opener.isEmbeddedH2File("jdbc:h2:file:./data/selaras;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        assertTrue(H2Opener.isEmbeddedH2File("jdbc:h2:./data/selaras"));
        assertTrue(H2Opener.isEmbeddedH2File("jdbc:h2:/var/lib/selaras/selaras"));
        assertFalse(H2Opener.isEmbeddedH2File("jdbc:h2:mem:selaras-test;DB_CLOSE_DELAY=-1"));
        assertFalse(H2Opener.isEmbeddedH2File("jdbc:h2:tcp://localhost/~/selaras"));
        assertFalse(H2Opener.isEmbeddedH2File("jdbc:h2:ssl://localhost/~/selaras"));
        assertFalse(H2Opener.isEmbeddedH2File("jdbc:postgresql://localhost:5432/selaras"));
    }

    @Test
    void leavesOtherDatabasesAlone() {
        H2Opener pg = new H2Opener(Optional.of("jdbc:postgresql://127.0.0.1:1/none"), Optional.of("u"), Optional.of("p"));
        assertDoesNotThrow(() -> pg.customize(null));
        H2Opener none = new H2Opener(Optional.empty(), Optional.empty(), Optional.empty());
        assertDoesNotThrow(() -> none.customize(null));
    }

    @Test
    void findsTheFileOfTheUrl() {
        assertEquals(Optional.of(Path.of("./data/selaras.mv.db")),
                H2Opener.mvFile("jdbc:h2:file:./data/selaras;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        assertEquals(Optional.of(Path.of("/srv/db/x.mv.db")), H2Opener.mvFile("jdbc:h2:/srv/db/x"));
        assertEquals(Optional.of(Path.of(System.getProperty("user.home"), "x.mv.db")), H2Opener.mvFile("jdbc:h2:~/x"));
        assertEquals(Optional.empty(), H2Opener.mvFile("jdbc:h2:split:20:./data/selaras"));
    }

    @Test
    void tellsACleanCloseFromTheHeader(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Path file = dir.resolve("db.mv.db");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t(id int)");
        }
        assertTrue(H2Opener.closedCleanly(file), "closed by its last connection");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("insert into t values (1)");
            c.createStatement().execute("shutdown immediately");
        }
        assertFalse(H2Opener.closedCleanly(file), "a write stored after the clean open, then SHUTDOWN IMMEDIATELY "
                + "(which closes as a kill would)");
        Files.writeString(dir.resolve("other.mv.db"), "not H2");
        assertFalse(H2Opener.closedCleanly(dir.resolve("other.mv.db")));
    }

    /**
     * The leftover H2RestartIT met: the last store before the kill caught a transaction's row but not its undo
     * record. Made here by emptying the transaction's undo log before that store.
     */
    @Test
    void rollsBackLeftoversAfterAnUncleanStop(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            Statement st = c.createStatement();
            st.execute("create table doc(id bigint primary key, name varchar(20))");
            st.execute("create index doc_name on doc(name)");
            st.execute("insert into doc values (1, 'committed')");
            c.setAutoCommit(false);
            st.execute("insert into doc values (2, 'cut off')");
            SessionLocal session = (SessionLocal) ((JdbcConnection) c).getSession();
            MVStore store = session.getDatabase().getStore().getMvStore();
            store.openMap("undoLog." + session.getTransaction().getId()).clear();
            store.commit();
            st.execute("shutdown immediately");
        }

        // H2's own recovery leaves the row: hidden, except from a transaction that reuses the writer's number
        assertTrue(maxRowsSeen(url) > 1, "H2 shows the leftover to a transaction with its number");

        H2Opener opener = new H2Opener(Optional.of(url), Optional.of("sa"), Optional.of(""));
        opener.open();
        opener.release();
        assertEquals(1, maxRowsSeen(url), "after H2Opener no transaction sees the row that was cut off");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("select name from doc where name = 'cut off'")) {
            assertFalse(rs.next(), "nor its index entry");
        }
    }

    @Test
    void aCleanDatabaseHasNoLeftovers(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t(id int primary key)");
            c.createStatement().execute("insert into t values (1), (2)");
            assertEquals(0, H2Opener.rollBackLeftovers(c));
        }
    }

    /** The most rows of doc any of 8 transactions open at once sees (H2 numbers transactions from 1 up). */
    static int maxRowsSeen(String url) throws SQLException {
        List<Connection> open = new ArrayList<>();
        int max = 0;
        try {
            for (int i = 0; i < 8; i++) {
                Connection c = DriverManager.getConnection(url, "sa", "");
                open.add(c);
                c.setAutoCommit(false);
                c.createStatement().execute("create table if not exists scratch" + i + "(x int)");
                c.createStatement().execute("insert into scratch" + i + " values (1)");
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from doc")) {
                    rs.next();
                    max = Math.max(max, rs.getInt(1));
                }
            }
            return max;
        } finally {
            for (Connection c : open) c.rollback();
            // the last close stops H2 as a kill would, so the next open still sees an unclean file
            open.get(0).createStatement().execute("shutdown immediately");
            for (Connection c : open) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // closed by the shutdown
                }
            }
        }
    }
}
