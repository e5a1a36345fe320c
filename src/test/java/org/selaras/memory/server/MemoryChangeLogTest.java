package org.selaras.memory.server;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memory's change log as other instances write it: straight to the database, each on its own connection. A unit
 * whose transaction took its change id first but committed after later units were read is still found.
 */
@QuarkusTest
class MemoryChangeLogTest {

    @Inject
    MemoryService memory;
    @Inject
    DataSource dataSource;
    @Inject
    Scheduler scheduler;

    /** Writes a unit and its change row on this connection, as MemoryService does in a save's transaction. */
    static void writeUnit(Connection c, String source, String target) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("insert into memory_unit (source, target, source_hash, origin, "
                + "author, created_at, updated_at) values (?, ?, ?, 'human', 'elsewhere', current_timestamp, "
                + "current_timestamp)", new String[]{"id"})) {
            ps.setString(1, source);
            ps.setString(2, target);
            ps.setString(3, MemoryService.hash(source));
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into memory_change (unit_id) values (?)")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    boolean found(String source, String target) {
        return memory.lookup(source, 100, 5, null).stream().anyMatch(m -> m.unit().target().equals(target));
    }

    @Test
    void aUnitCommittedAfterLaterUnitsWereReadIsStillFound() throws SQLException {
        String w = MemoryApiTest.unique();
        String late = "Gempa mengguncang " + w + " pagi ini.";
        String early = "Hujan deras melanda " + w + " sore ini.";
        scheduler.pause();
        try (Connection slow = dataSource.getConnection(); Connection quick = dataSource.getConnection()) {
            memory.poll();
            assertEquals(0, memory.poll(), "an idle poll reads nothing");
            slow.setAutoCommit(false);
            writeUnit(slow, late, "An earthquake shook " + w + " this morning."); // takes its change id first …
            writeUnit(quick, early, "Heavy rain hit " + w + " this afternoon."); // … this one commits first
            assertTrue(memory.poll() >= 1);
            assertTrue(found(early, "Heavy rain hit " + w + " this afternoon."));
            assertTrue(!found(late, "An earthquake shook " + w + " this morning."), "not committed yet");
            // more units come and are read meanwhile: a clock-based watermark would move past the late one here
            writeUnit(quick, "Banjir surut di " + w + ".", "Floods receded in " + w + ".");
            memory.poll();
            slow.commit();
            assertEquals(1, memory.poll(), "the poll asks for the skipped id again, and only for it");
            assertTrue(found(late, "An earthquake shook " + w + " this morning."));
            assertEquals(0, memory.poll(), "and then reads nothing more");
        } finally {
            scheduler.resume();
        }
    }
}
