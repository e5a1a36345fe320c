package org.selaras.desk;

import org.selaras.memory.ChangeCursor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * One instance's reader of the desk's event table, by id. Ids come from a sequence and commit out of order (a
 * slow save on another instance), so the reader keeps the holes below the newest id it saw in a
 * {@link ChangeCursor} and asks for them again until they come or {@code giveUp} has passed; nothing is read twice.
 */
public final class DeskFeed {
    private static final String COLUMNS = "select id, document_id, kind, segment_id, version, user_name, connection, "
            + "created from desk_event ";
    private final DataSource dataSource;
    private final ChangeCursor cursor;

    private DeskFeed(DataSource dataSource, long after, Duration giveUp) {
        this.dataSource = dataSource;
        this.cursor = new ChangeCursor(after, giveUp, System::nanoTime);
    }

    /** A reader of the events written from now on. */
    public static DeskFeed fromNow(DataSource dataSource, Duration giveUp) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select coalesce(max(id), 0) from desk_event");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new DeskFeed(dataSource, rs.getLong(1), giveUp);
        }
    }

    /** Who said they were here within {@code recent}, oldest first: what a reader starting now must know. */
    public List<DeskEvent> presenceSince(Duration recent) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(COLUMNS + "where created > ? and id <= ? and kind in ('here', 'gone') "
                     + "order by id")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minus(recent)));
            ps.setLong(2, cursor.seen());
            return read(ps, false);
        }
    }

    /** The glossary's revision (any instance's change moves it). */
    public long glossaryRevision() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select revision from glossary_state where id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The events committed since the last read (late ones included), in id order. */
    public synchronized List<DeskEvent> read() throws SQLException {
        cursor.expire();
        List<DeskEvent> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<ChangeCursor.Gap> gaps = cursor.gaps();
            if (!gaps.isEmpty()) {
                String sql = COLUMNS + "where " + String.join(" or ", Collections.nCopies(gaps.size(), "id between ? and ?"));
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int p = 1;
                    for (ChangeCursor.Gap g : gaps) {
                        ps.setLong(p++, g.from());
                        ps.setLong(p++, g.to());
                    }
                    events.addAll(read(ps, true));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + "where id > ? order by id")) {
                ps.setLong(1, cursor.seen());
                events.addAll(read(ps, true));
            }
        }
        events.sort(Comparator.comparingLong(DeskEvent::id));
        return events;
    }

    private List<DeskEvent> read(PreparedStatement ps, boolean advance) throws SQLException {
        List<DeskEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long segment = rs.getLong(4);
                Long segmentId = rs.wasNull() ? null : segment;
                int version = rs.getInt(5);
                Integer v = rs.wasNull() ? null : version;
                DeskEvent e = new DeskEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), segmentId, v,
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
                if (advance) {
                    cursor.saw(e.id());
                }
                events.add(e);
            }
        }
        return events;
    }
}
