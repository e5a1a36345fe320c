package org.selaras.exchange.server;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.selaras.document.Document;
import org.selaras.document.DocumentService;
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
        StringBuilder sql = new StringBuilder("select s.id, s.document_id, d.name, s.paragraph, s.position, s.text, "
                + "t.text, t.status, t.origin, t.author, t.created_at, t.updated_at, t.version, s.tagged, s.codes "
                + "from segment s join document d on d.id = s.document_id "
                + (keep ? "left join" : "join") + " translation t on t.segment_id = s.id");
        switch (filter.status()) {
            case "translated" -> sql.append(" and t.status in ('TRANSLATED', 'APPROVED')");
            case "approved" -> sql.append(" and t.status = 'APPROVED'");
            default -> {
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
        sql.append(" where s.document_id in (");
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
                    writer.write(docs, new Rows(rs), out);
                }
            } finally {
                c.rollback(); // read only: nothing to commit
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Reading the corpus failed: " + e.getMessage(), e);
        }
    }

    /** The result set as units, read forward one row at a time. */
    private static final class Rows implements Iterator<ExportUnit> {
        private final ResultSet rs;
        private Boolean ahead;

        Rows(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null) {
                try {
                    ahead = rs.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("Reading the corpus failed: " + e.getMessage(), e);
                }
            }
            return ahead;
        }

        @Override
        public ExportUnit next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = null;
            try {
                String status = rs.getString(8);
                ExportUnit u = new ExportUnit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7),
                        status == null ? null : status.toLowerCase(Locale.ROOT), rs.getString(9), rs.getString(10),
                        instant(rs, 11), instant(rs, 12), rs.getInt(13));
                String tagged = rs.getString(14);
                return tagged == null ? u : u.withTags(tagged, InlineCodes.fromJson(rs.getString(15)));
            } catch (SQLException e) {
                throw new IllegalStateException("Reading the corpus failed: " + e.getMessage(), e);
            }
        }

        private static Instant instant(ResultSet rs, int column) throws SQLException {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
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
