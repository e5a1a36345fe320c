package org.selaras.exchange.server;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selaras.document.Document;
import org.selaras.document.DocumentService;
import org.selaras.document.SegmentText;
import org.selaras.exchange.CorpusWriter;
import org.selaras.exchange.ExportDocument;
import org.selaras.exchange.ExportUnit;
import org.selaras.tags.InlineCodes;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Streams a corpus from the database into a {@link CorpusWriter}: one SQL query, read forward
 * with a fetch size (a cursor on PostgreSQL), one row at a time. Nothing that grows with the
 * corpus is held in memory. It only reads: {@link #write} on its own connection (a cursor must not be
 * enlisted in a JTA transaction), the rest in the caller's transaction if there is one.
 */
@ApplicationScoped
@Transactional
public class ExportService {

    /** Rows fetched per round trip. */
    static final int FETCH_SIZE = 500;

    private final AgroalDataSource dataSource;
    private final DocumentService documents;
    private final String version;

    public ExportService(AgroalDataSource dataSource, DocumentService documents,
                         @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.dataSource = dataSource;
        this.documents = documents;
        this.version = version;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String toolVersion() {
        return version;
    }

    /** The documents by id, in id order; every id must exist ({@link NotFound} otherwise). Empty: all documents. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExportDocument> documents(List<Long> ids) {
        List<ExportDocument> out = new ArrayList<>();
        if (ids.isEmpty()) {
            for (Document d : documents.list()) {
                out.add(view(d));
            }
            return out;
        }
        for (long id : new java.util.TreeSet<>(ids)) {
            Document d = documents.find(id)
                    .orElseThrow(() -> new NotFound("There is no document " + id + "."));
            out.add(view(d));
        }
        return out;
    }

    private static ExportDocument view(Document d) {
        return new ExportDocument(d.id, d.name, d.sourceLanguage, d.targetLanguage);
    }

    /** Writes the documents' units that pass the filter; {@code out} is left open. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void write(List<ExportDocument> docs, ExportFilter filter, CorpusWriter writer, OutputStream out)
            throws IOException {
        if (docs.isEmpty()) {
            writer.write(docs, java.util.Collections.emptyIterator(), out);
            return;
        }
        boolean keep = filter.untranslated();
        List<Object> params = new ArrayList<>();
        // every segment is read (a group's joined ones carry its source); whether its translation passes the
        // filter is a column, so a group is whole whichever way it is filtered
        StringBuilder sql = new StringBuilder("select s.id, s.document_id, d.name, s.paragraph, s.position, s.text, "
                + "t.text, t.status, t.origin, t.author, t.created_at, t.updated_at, t.version, t.span, s.tagged, "
                + "s.codes, case when t.segment_id is not null");
        switch (filter.status()) {
            case "translated" -> sql.append(" and t.status in ('TRANSLATED', 'APPROVED')");
            case "approved" -> sql.append(" and t.status = 'APPROVED'");
            default -> {
                if (!filter.rejected()) {
                    sql.append(" and t.status <> 'REJECTED'");
                }
            }
        }
        if (!filter.origins().isEmpty()) {
            sql.append(" and (");
            String or = "";
            for (String o : filter.origins()) {
                sql.append(or).append(o.equals("mt") ? "t.origin like 'mt:%'" : "t.origin = ?");
                if (!o.equals("mt")) {
                    params.add(o);
                }
                or = " or ";
            }
            sql.append(')');
        }
        if (filter.since() != null) {
            sql.append(" and t.updated_at >= ?");
            params.add(OffsetDateTime.ofInstant(filter.since(), java.time.ZoneOffset.UTC));
        }
        sql.append(" then 1 else 0 end from segment s join document d on d.id = s.document_id "
                + "left join translation t on t.segment_id = s.id where s.document_id in (");
        String comma = "";
        for (ExportDocument d : docs) {
            sql.append(comma).append('?');
            params.add(d.id());
            comma = ", ";
        }
        sql.append(") order by s.document_id, s.position");

        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a cursor only outside auto-commit
            try (PreparedStatement ps = c.prepareStatement(sql.toString(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    writer.write(docs, new Rows(rs, keep), out);
                }
            } finally {
                c.rollback(); // read only: nothing to commit
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Reading the corpus failed: " + e.getMessage(), e);
        }
    }

    /** One row of the query: a segment with its translation, if any, and whether that passed the filter. */
    private record Row(long id, long documentId, String documentName, int paragraph, int position, String source,
                       String target, String status, String origin, String author, Instant created, Instant updated,
                       int version, int span, String tagged, String codes, boolean passes) {

        static Row of(ResultSet rs) throws SQLException {
            String status = rs.getString(8);
            return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                    rs.getString(6), rs.getString(7), status == null ? null : status.toLowerCase(Locale.ROOT),
                    rs.getString(9), rs.getString(10), instant(rs, 11), instant(rs, 12), rs.getInt(13),
                    Math.max(1, rs.getInt(14)), rs.getString(15), rs.getString(16), rs.getInt(17) == 1);
        }

        private static Instant instant(ResultSet rs, int column) throws SQLException {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
    }

    /**
     * The result set as units, read forward one row at a time: a group's first segment and the segments joined
     * to it become one unit with the joined source; a translation the filter leaves out makes an untranslated
     * unit, kept only when {@code keep}.
     */
    private static final class Rows implements Iterator<ExportUnit> {
        private final ResultSet rs;
        private final boolean keep;
        /** A row read ahead past a group. */
        private Row ahead;
        private ExportUnit nextUnit;

        Rows(ResultSet rs, boolean keep) {
            this.rs = rs;
            this.keep = keep;
        }

        @Override
        public boolean hasNext() {
            if (nextUnit == null) {
                try {
                    nextUnit = advance();
                } catch (SQLException e) {
                    throw new IllegalStateException("Reading the corpus failed: " + e.getMessage(), e);
                }
            }
            return nextUnit != null;
        }

        @Override
        public ExportUnit next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ExportUnit u = nextUnit;
            nextUnit = null;
            return u;
        }

        private Row read() throws SQLException {
            if (ahead != null) {
                Row r = ahead;
                ahead = null;
                return r;
            }
            return rs.next() ? Row.of(rs) : null;
        }

        private ExportUnit advance() throws SQLException {
            for (Row r = read(); r != null; r = read()) {
                List<Long> ids = List.of(r.id());
                String source = r.source();
                if (r.span() > 1) {
                    ids = new ArrayList<>(r.span());
                    ids.add(r.id());
                    List<String> texts = new ArrayList<>(r.span());
                    texts.add(r.source());
                    Row n;
                    while ((n = read()) != null && n.documentId() == r.documentId()
                            && n.position() < r.position() + r.span()) {
                        ids.add(n.id());
                        texts.add(n.source());
                    }
                    ahead = n;
                    ids = List.copyOf(ids);
                    source = SegmentText.joined(texts);
                }
                if (r.passes()) {
                    ExportUnit u = new ExportUnit(r.id(), r.documentId(), r.documentName(), r.paragraph(),
                            r.position(), source, r.target(), r.status(), r.origin(), r.author(), r.created(),
                            r.updated(), r.version(), ids);
                    if (r.tagged() == null) return u;
                    // a group of an article's segments goes out as plain text; one segment keeps its inline codes
                    return r.span() > 1 ? u.withTags(null, List.of())
                            : u.withTags(r.tagged(), InlineCodes.fromJson(r.codes()));
                }
                if (keep) {
                    // no target, but the status it has (a rejected translation is not "untranslated")
                    return new ExportUnit(r.id(), r.documentId(), r.documentName(), r.paragraph(), r.position(),
                            source, null, r.status(), null, null, null, null, 0, ids);
                }
            }
            return null;
        }
    }

    /** Parses "1,2,3" (blank: none); a bad id is a 400. */
    public static List<Long> parseIds(String ids) {
        LinkedHashSet<Long> out = new LinkedHashSet<>();
        if (ids != null) {
            for (String part : ids.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    out.add(Long.parseLong(p));
                } catch (NumberFormatException e) {
                    throw new Invalid("\"documents\" is a comma-separated list of document ids; got \""
                            + p + "\".");
                }
            }
        }
        return List.copyOf(out);
    }
}
