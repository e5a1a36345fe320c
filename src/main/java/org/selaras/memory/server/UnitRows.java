package org.selaras.memory.server;

import org.hibernate.StatelessSession;
import org.hibernate.query.MutationQuery;
import org.selaras.memory.FuzzyScore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Memory units read and written many at a time, for imports. The id is an identity column, which JDBC batching
 * cannot hand back, so new units go in as multi-row INSERT statements ({@value #ROWS} rows each, plain SQL that
 * H2 and PostgreSQL share) and their ids are read back afterwards; changed units are updated in JDBC batches.
 */
final class UnitRows {

    /** Rows per statement or batch, as quarkus.hibernate-orm.jdbc.statement-batch-size. */
    static final int ROWS = 200;
    /** Source hashes per lookup query. */
    static final int HASHES = 500;

    private static final String COLUMNS = "insert into memory_unit (source, target, source_hash, context_hash, origin, "
            + "document_id, segment_id, author, created_at, updated_at, note) values ";
    private static final int PER_ROW = 11;

    private UnitRows() {
    }

    /**
     * What makes an imported pair one the memory already has (or the file had before): the same source and target,
     * white space aside. Its origin, segment and author do not matter: a lookup would show the two as one match.
     */
    record Key(String source, String target) {
        static Key of(MemoryUnit u) {
            return of(u.source, u.target);
        }

        static Key of(String source, String target) {
            return new Key(FuzzyScore.normalizeSpace(source), FuzzyScore.normalizeSpace(target));
        }
    }

    /** The units of a document's segments (a join: H2 runs "segmentId in (select …)" again for every unit). */
    static List<MemoryUnit> ofDocument(StatelessSession session, long documentId) {
        return session.createSelectionQuery("select m from MemoryUnit m, Segment s where s.id = m.segmentId "
                        + "and s.document.id = :document", MemoryUnit.class)
                .setParameter("document", documentId).getResultList();
    }

    /** Unit id by segment id, for a document's segments. */
    static Map<Long, Long> idsOfDocument(StatelessSession session, long documentId) {
        Map<Long, Long> ids = new HashMap<>();
        for (Object[] row : session.createSelectionQuery("select m.segmentId, m.id from MemoryUnit m, Segment s "
                        + "where s.id = m.segmentId and s.document.id = :document", Object[].class)
                .setParameter("document", documentId).getResultList()) {
            ids.put((Long) row[0], (Long) row[1]);
        }
        return ids;
    }

    /** Units (with a segment or without) whose source hash is one of these. */
    static List<MemoryUnit> withSourceHash(StatelessSession session, List<String> hashes) {
        List<MemoryUnit> units = new ArrayList<>();
        for (int from = 0; from < hashes.size(); from += HASHES) {
            units.addAll(session.createSelectionQuery("from MemoryUnit m where m.sourceHash in (:hashes)",
                            MemoryUnit.class)
                    .setParameter("hashes", hashes.subList(from, Math.min(hashes.size(), from + HASHES)))
                    .getResultList());
        }
        return units;
    }

    static void update(StatelessSession session, List<MemoryUnit> units) {
        for (int from = 0; from < units.size(); from += ROWS) {
            session.updateMultiple(units.subList(from, Math.min(units.size(), from + ROWS)));
        }
    }

    /** The units' rows in the change log (see MemoryService), {@value #ROWS} to a statement. */
    static void logChanges(StatelessSession session, List<MemoryUnit> units) {
        for (int from = 0; from < units.size(); from += ROWS) {
            List<MemoryUnit> rows = units.subList(from, Math.min(units.size(), from + ROWS));
            StringBuilder sql = new StringBuilder("insert into memory_change (unit_id) values ");
            for (int r = 0; r < rows.size(); r++) {
                sql.append(r == 0 ? "(?" : ", (?").append(r + 1).append(')');
            }
            MutationQuery insert = session.createNativeMutationQuery(sql.toString());
            for (int r = 0; r < rows.size(); r++) {
                insert.setParameter(r + 1, rows.get(r).id, Long.class);
            }
            insert.executeUpdate();
        }
    }

    /** Inserts the units, {@value #ROWS} to a statement; their ids stay unset (see {@link #idsOfDocument}). */
    static void insert(StatelessSession session, List<MemoryUnit> units) {
        for (int from = 0; from < units.size(); from += ROWS) {
            List<MemoryUnit> rows = units.subList(from, Math.min(units.size(), from + ROWS));
            StringBuilder sql = new StringBuilder(COLUMNS);
            for (int r = 0; r < rows.size(); r++) {
                sql.append(r == 0 ? "(" : ", (");
                for (int c = 1; c <= PER_ROW; c++) {
                    sql.append(c == 1 ? "?" : ", ?").append(r * PER_ROW + c);
                }
                sql.append(')');
            }
            MutationQuery insert = session.createNativeMutationQuery(sql.toString());
            int p = 1;
            for (MemoryUnit u : rows) {
                // typed, so that a null is bound as its column's type (PostgreSQL refuses an untyped one)
                insert.setParameter(p++, u.source, String.class);
                insert.setParameter(p++, u.target, String.class);
                insert.setParameter(p++, u.sourceHash, String.class);
                insert.setParameter(p++, u.contextHash, String.class);
                insert.setParameter(p++, u.origin, String.class);
                insert.setParameter(p++, u.documentId, Long.class);
                insert.setParameter(p++, u.segmentId, Long.class);
                insert.setParameter(p++, u.author, String.class);
                insert.setParameter(p++, u.createdAt, Instant.class);
                insert.setParameter(p++, u.updatedAt, Instant.class);
                insert.setParameter(p++, u.note, String.class);
            }
            insert.executeUpdate();
        }
    }
}
