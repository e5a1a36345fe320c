package org.selaras.desk;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.selaras.translation.DocumentChanged;
import org.selaras.translation.TranslationSaved;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/** Writes the desk's events: a save or another change to a document inside its own transaction (it is seen when it commits), presence in its own. */
@ApplicationScoped
public class DeskEvents {

    /** Every single save of a translation (TranslationService fires it synchronously, in the save's transaction). */
    void saved(@Observes TranslationSaved s) {
        write(s.documentId(), DeskEvent.SAVED, s.segmentId(), s.version(), s.author() == null ? "" : s.author(), null);
    }

    /** A join, split, import or comment: open editors read the document's rows or the thread again. */
    void changed(@Observes DocumentChanged c) {
        write(c.documentId(), c.kind(), c.segmentId(), null, c.user() == null ? "" : c.user(), null);
    }

    /** An editor is in the document, on a segment (or none), or has left it ({@link DeskEvent#GONE}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void presence(long documentId, String kind, Long segmentId, String user, String connection) {
        write(documentId, kind, segmentId, null, user, connection);
    }

    private static void write(long documentId, String kind, Long segmentId, Integer version, String user,
                              String connection) {
        // plain JDBC on the transaction's connection: typed nulls, which PostgreSQL needs
        Panache.getEntityManager().unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into desk_event (document_id, kind, segment_id, "
                    + "version, user_name, connection, created) values (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, documentId);
                ps.setString(2, kind);
                if (segmentId == null) ps.setNull(3, Types.BIGINT); else ps.setLong(3, segmentId);
                if (version == null) ps.setNull(4, Types.INTEGER); else ps.setInt(4, version);
                ps.setString(5, user);
                if (connection == null) ps.setNull(6, Types.VARCHAR); else ps.setString(6, connection);
                ps.setTimestamp(7, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
        });
    }

    /** Events older than the heartbeat's reach are of no use to anyone. */
    @Transactional
    public int deleteBefore(Instant before) {
        return Panache.getEntityManager().createNativeQuery("delete from desk_event where created < ?1")
                .setParameter(1, Timestamp.from(before)).executeUpdate();
    }
}
