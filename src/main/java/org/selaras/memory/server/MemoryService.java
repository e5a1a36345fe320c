package org.selaras.memory.server;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.hibernate.StatelessSession;
import org.jboss.logging.Logger;
import org.selaras.SelarasConfig;
import org.selaras.document.DocumentSegments;
import org.selaras.document.Segment;
import org.selaras.document.SegmentText;
import org.selaras.error.Invalid;
import org.selaras.memory.FuzzyScore;
import org.selaras.memory.UnitIndex;
import org.selaras.translation.Origin;
import org.selaras.translation.Translation;
import org.selaras.translation.TranslationConfirmed;
import org.selaras.translation.TranslationsConfirmed;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The translation memory: units in the database ({@link MemoryUnit}), a Lucene {@link UnitIndex}
 * in the process. The index is rebuilt from the database on start (in pages of
 * {@value #PAGE} rows by id, never all rows at once), gets this instance's units right after their
 * transaction commits, and every {@code selaras.memory.poll} (5 s) re-reads the units changed
 * since the last poll (minus {@code selaras.memory.poll-overlap}, 30 s, for clock skew and late
 * commits) so saves made by other instances sharing the database show up too. Re-indexing a
 * unit is an idempotent upsert.
 *
 * <p><b>Context</b> (for "exact" matches): the sources of the previous and next segment of the
 * same document, hashed; units of a save carry it, imported units do not (they reach 100%, never exact).
 * Rebuilding and polling read on their own connection, outside any transaction (they may take long).
 */
@ApplicationScoped
@Transactional
public class MemoryService {
    private static final Logger LOG = Logger.getLogger(MemoryService.class);
    static final int PAGE = 2000;
    /** Ids per query when a poll reads the units that changed. */
    static final int IDS = 500;
    private static final Object PENDING = MemoryService.class.getName() + ".pending";

    @Inject
    DataSource dataSource;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    SelarasConfig config;
    /** Bulk writes (imports), in the caller's transaction and on its connection. */
    @Inject
    StatelessSession stateless;

    private volatile UnitIndex index;
    private volatile Instant watermark = Instant.EPOCH;
    /**
     * Units indexed lately, with the update time they were indexed at: a poll re-reads the overlap window every
     * time (until newer units move it on), and after an import that window holds every unit of the file; what is
     * in the index as it is goes in again only once, not every five seconds. Units older than the window leave.
     */
    private final Map<Long, Long> indexedLately = new ConcurrentHashMap<>();

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void start(@Observes StartupEvent event) {
        index = config.memory().indexDir().filter(d -> !d.isBlank()).map(d -> UnitIndex.inFolder(Path.of(d)))
                .orElseGet(UnitIndex::inMemory);
        long started = System.nanoTime();
        int n = rebuild();
        LOG.infof("Translation memory: %d units indexed in %d ms", n, (System.nanoTime() - started) / 1_000_000);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    void stop(@Observes ShutdownEvent event) {
        if (index != null) {
            index.close();
        }
    }

    /** Streams every unit from the database into the index, page by page. */
    int rebuild() {
        String sql = "select id, source, target, origin, document_id, segment_id, context_hash, updated_at, note "
                + "from memory_unit where id > ? order by id";
        long last = 0;
        int total = 0;
        Instant newest = watermark;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setMaxRows(PAGE);
            ps.setFetchSize(PAGE);
            while (true) {
                ps.setLong(1, last);
                int page = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UnitIndex.Unit u = read(rs);
                        index.put(u);
                        last = u.id();
                        page++;
                        Instant updated = Instant.ofEpochMilli(u.updatedMillis());
                        if (updated.isAfter(newest)) {
                            newest = updated;
                        }
                    }
                }
                total += page;
                if (page < PAGE) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the translation memory", e);
        }
        watermark = newest;
        if (total > 10_000) {
            index.optimize();
        } else {
            index.refresh();
        }
        return total;
    }

    /** Picks up units saved by other instances (and any this instance missed). */
    @Scheduled(every = "${selaras.memory.poll:5s}", delayed = "${selaras.memory.poll:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void poll() {
        if (index == null) {
            return;
        }
        Instant since = watermark.minus(config.memory().pollOverlap());
        Instant newest = watermark;
        int n;
        // the window is read again at every poll (until newer units move it on), and after an import it holds
        // every unit of the file: first only ids and times, then the units not in the index as they are now
        List<Long> changed = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select id, updated_at from memory_unit where updated_at > ?")) {
                ps.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
                ps.setFetchSize(PAGE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        long updated = rs.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli();
                        if (!Long.valueOf(updated).equals(indexedLately.get(id))) {
                            changed.add(id);
                        }
                        if (updated > newest.toEpochMilli()) {
                            newest = Instant.ofEpochMilli(updated);
                        }
                    }
                }
            }
            n = indexUnits(c, changed);
        } catch (SQLException e) {
            LOG.warn("Translation memory poll failed: " + e.getMessage());
            return;
        }
        watermark = newest;
        // the window only moves forward: what is older than this one is read by no later poll
        long floor = since.toEpochMilli();
        indexedLately.values().removeIf(updated -> updated < floor);
        if (n > 0) {
            index.refresh();
        }
    }

    /** Reads the units with these ids and puts them in the index, {@value #IDS} ids a query. */
    private int indexUnits(Connection c, List<Long> ids) throws SQLException {
        for (int from = 0; from < ids.size(); from += IDS) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS));
            String sql = "select id, source, target, origin, document_id, segment_id, context_hash, updated_at, note "
                    + "from memory_unit where id in (" + "?, ".repeat(some.size() - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < some.size(); i++) {
                    ps.setLong(i + 1, some.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UnitIndex.Unit u = read(rs);
                        index.put(u);
                        indexedLately.put(u.id(), u.updatedMillis());
                    }
                }
            }
        }
        return ids.size();
    }

    private static UnitIndex.Unit read(ResultSet rs) throws SQLException {
        long doc = rs.getLong("document_id");
        Long documentId = rs.wasNull() ? null : doc;
        long seg = rs.getLong("segment_id");
        Long segmentId = rs.wasNull() ? null : seg;
        OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
        return new UnitIndex.Unit(rs.getLong("id"), rs.getString("source"), rs.getString("target"),
                rs.getString("origin"), documentId, segmentId, rs.getString("context_hash"),
                updated.toInstant().toEpochMilli(), rs.getString("note"));
    }

    /**
     * Indexes the unit once the current transaction commits (never a unit whose save rolled back);
     * all units of one transaction (a TMX import) go in together, with one index refresh.
     */
    private void indexAfterCommit(UnitIndex.Unit unit) {
        @SuppressWarnings("unchecked")
        List<UnitIndex.Unit> pending = (List<UnitIndex.Unit>) transactions.getResource(PENDING);
        if (pending == null) {
            List<UnitIndex.Unit> units = new ArrayList<>();
            transactions.putResource(PENDING, units);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // marked before the commit: a poll that reads them while a large commit finishes (H2 shows
                    // rows before its commit returns) leaves them to afterCompletion instead of indexing them twice
                    units.forEach(u -> indexedLately.put(u.id(), u.updatedMillis()));
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED && index != null) {
                        units.forEach(index::put);
                        index.refresh();
                    } else {
                        units.forEach(u -> indexedLately.remove(u.id(), u.updatedMillis()));
                    }
                }
            });
            pending = units;
        }
        pending.add(unit);
    }

    /**
     * A translated or approved save of a segment: creates or updates that segment's unit, inside the
     * save's transaction (the event is fired synchronously by TranslationService.save).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void remember(@Observes TranslationConfirmed confirmed) {
        Segment segment = confirmed.segment();
        Translation t = confirmed.translation();
        MemoryUnit u = MemoryUnit.<MemoryUnit>find("segmentId", segment.id).firstResult();
        Instant now = t.updatedAt == null ? Instant.now() : t.updatedAt;
        if (u == null) {
            u = new MemoryUnit();
            u.segmentId = segment.id;
            u.createdAt = now;
        }
        String source = confirmed.source(); // a group's joined source, not its first segment's alone
        if (!source.equals(u.source) || !t.text.equals(u.target)) {
            u.note = null; // an imported note was about the pair as it was
        }
        u.source = source;
        u.sourceHash = hash(FuzzyScore.normalizeSpace(source));
        u.contextHash = contextOf(segment);
        u.documentId = segment.document.id;
        u.target = t.text;
        u.origin = t.origin;
        u.author = t.author;
        u.updatedAt = now;
        if (u.id == null) {
            u.persist();
        }
        indexAfterCommit(u.toIndexed());
    }

    /**
     * A batch of translated or approved saves (an import): every segment's unit created or updated as
     * {@link #remember} does it, with the context taken from the document's segments the batch read, in a few
     * statements for the whole batch instead of several per save.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void rememberAll(@Observes TranslationsConfirmed batch) {
        DocumentSegments document = batch.document();
        Map<Long, MemoryUnit> existing = new HashMap<>();
        for (MemoryUnit u : UnitRows.ofDocument(stateless, document.documentId())) {
            existing.put(u.segmentId, u);
        }
        List<MemoryUnit> created = new ArrayList<>();
        List<MemoryUnit> updated = new ArrayList<>();
        for (TranslationsConfirmed.Save save : batch.saves()) {
            SegmentText segment = save.segment();
            MemoryUnit u = existing.get(segment.id());
            if (u == null) {
                u = new MemoryUnit();
                u.segmentId = segment.id();
                u.createdAt = save.updated();
                created.add(u);
            } else {
                updated.add(u);
            }
            if (!segment.text().equals(u.source) || !save.text().equals(u.target)) {
                u.note = null; // an imported note was about the pair as it was
            }
            u.source = segment.text();
            u.sourceHash = hash(FuzzyScore.normalizeSpace(segment.text()));
            u.contextHash = context(document.previous(segment), document.next(segment));
            u.documentId = document.documentId();
            u.target = save.text();
            u.origin = save.origin();
            u.author = save.author();
            u.updatedAt = save.updated();
        }
        UnitRows.update(stateless, updated);
        UnitRows.insert(stateless, created);
        if (!created.isEmpty()) {
            // the ids the database gave: one unit per segment (a unique index), so the segment finds its own
            Map<Long, Long> ids = UnitRows.idsOfDocument(stateless, document.documentId());
            created.forEach(u -> u.id = ids.get(u.segmentId));
        }
        updated.forEach(u -> indexAfterCommit(u.toIndexed()));
        created.forEach(u -> indexAfterCommit(u.toIndexed()));
    }

    /**
     * Adds the units of a file (the TMX import into the memory). A pair the memory already has (same source and
     * target, white space aside, whatever its origin: {@link UnitRows.Key}), or one the file had before, is not
     * added again: the unit there gets the file's note (when it has one) and a new update time, so a lookup shows
     * one match and the latest metadata. Set-based: existing units are looked up by source hash for many units per
     * query, new ones inserted many per statement. Returns how many were added.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int addAll(List<NewUnit> units, String author) {
        String by = author == null || author.isBlank() ? "import" : author;
        Instant now = Instant.now();
        Map<UnitRows.Key, MemoryUnit> fresh = new LinkedHashMap<>();
        for (NewUnit n : units) {
            String origin = checked(n.source(), n.target(), n.origin());
            MemoryUnit u = new MemoryUnit();
            u.source = n.source();
            u.target = n.target();
            u.sourceHash = hash(FuzzyScore.normalizeSpace(n.source()));
            u.origin = origin;
            u.note = n.note();
            u.author = by;
            u.createdAt = now;
            u.updatedAt = now;
            MemoryUnit earlier = fresh.putIfAbsent(UnitRows.Key.of(u), u);
            if (earlier != null && n.note() != null) {
                earlier.note = n.note(); // the file's last word on the pair
            }
        }
        List<String> hashes = fresh.values().stream().map(u -> u.sourceHash).distinct().toList();
        Set<Long> before = new HashSet<>();
        List<MemoryUnit> refreshed = new ArrayList<>();
        Set<UnitRows.Key> there = new HashSet<>();
        for (MemoryUnit m : UnitRows.withSourceHash(stateless, hashes)) {
            before.add(m.id);
            MemoryUnit mine = fresh.get(UnitRows.Key.of(m));
            if (mine != null) {
                there.add(UnitRows.Key.of(m));
                if (mine.note != null) {
                    m.note = mine.note;
                }
                m.updatedAt = now;
                refreshed.add(m);
            }
        }
        there.forEach(fresh::remove);
        List<MemoryUnit> added = new ArrayList<>(fresh.values());
        UnitRows.update(stateless, refreshed);
        UnitRows.insert(stateless, added);
        // the ids the database gave: read back by source hash, leaving out the units that were there before
        for (MemoryUnit m : UnitRows.withSourceHash(stateless, added.stream().map(u -> u.sourceHash).distinct().toList())) {
            MemoryUnit mine = fresh.get(UnitRows.Key.of(m));
            if (mine != null && !before.contains(m.id)) {
                mine.id = m.id;
            }
        }
        refreshed.forEach(u -> indexAfterCommit(u.toIndexed()));
        added.forEach(u -> indexAfterCommit(u.toIndexed()));
        return added.size();
    }

    /** A unit of a file for {@link #addAll}; origin null or blank is "imported"; note (nullable): its metadata. */
    public record NewUnit(String source, String target, String origin, String note) {
        public NewUnit(String source, String target, String origin) {
            this(source, target, origin, null);
        }
    }

    /** The rules of a unit from outside, as {@link #add} applies them; returns the origin to store. */
    private static String checked(String source, String target, String origin) {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new Invalid("A memory unit needs a source and a target.");
        }
        if (source.length() > 65535 || target.length() > 65535) {
            throw new Invalid("A memory unit's source and target have at most 65535 characters.");
        }
        String o = origin == null || origin.isBlank() ? Origin.IMPORTED : origin.trim();
        if (!Origin.isValid(o)) {
            throw new Invalid("Unknown origin \"" + o + "\".");
        }
        return o;
    }

    /**
     * Adds a unit (TMX import and the like). With a segment id it replaces that segment's unit; without
     * one, an identical unit (same source, target and origin) is not added twice. Returns the unit's id.
     */
    public long add(String source, String target, String origin, Long documentId, Long segmentId, String author) {
        String o = checked(source, target, origin);
        String h = hash(FuzzyScore.normalizeSpace(source));
        MemoryUnit u = null;
        if (segmentId != null) {
            u = MemoryUnit.<MemoryUnit>find("segmentId", segmentId).firstResult();
        } else {
            List<MemoryUnit> same = MemoryUnit.list("sourceHash = ?1 and segmentId is null", h);
            for (MemoryUnit m : same) {
                if (m.source.equals(source) && m.target.equals(target) && m.origin.equals(o)) {
                    return m.id;
                }
            }
        }
        Instant now = Instant.now();
        if (u == null) {
            u = new MemoryUnit();
            u.createdAt = now;
            u.segmentId = segmentId;
        }
        u.source = source;
        u.target = target;
        u.sourceHash = h;
        u.origin = o;
        u.documentId = documentId;
        u.author = author == null || author.isBlank() ? "import" : author;
        u.updatedAt = now;
        if (segmentId != null) {
            Segment s = Segment.findById(segmentId);
            u.contextHash = s == null ? null : contextOf(s);
        }
        if (u.id == null) {
            u.persist();
        }
        indexAfterCommit(u.toIndexed());
        return u.id;
    }

    /** Fuzzy matches for a text; {@code segmentId} (nullable) gives the context and is left out of the matches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitIndex.Match> lookup(String text, int min, int limit, Long segmentId) {
        String context = null;
        if (segmentId != null) {
            Segment s = Segment.findById(segmentId);
            context = s == null ? null : contextOf(s);
        }
        // twice the limit: the segment's own unit and pairs held twice (an old import, a save of the same pair) drop out
        List<UnitIndex.Match> matches = index.lookup(text, min, 2 * limit + 1, context, config.memory().candidates());
        Set<UnitRows.Key> shown = new HashSet<>();
        return matches.stream()
                .filter(m -> segmentId == null || !segmentId.equals(m.unit().segmentId()))
                .filter(m -> shown.add(UnitRows.Key.of(m.unit().source(), m.unit().target())))
                .limit(limit).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitIndex.Occurrence> search(String phrase, UnitIndex.Side side, int limit) {
        return index.concordance(phrase, side, limit);
    }

    /** Units in the index. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int size() {
        return index.size();
    }

    /** Hash of the neighbouring segments' sources (previous, next) of the same document. */
    static String contextOf(Segment segment) {
        // a range, not "position in (p - 1, p + 1)": H2 uses only the index's document_id for an IN list and
        // reads every segment of the document, once per save
        List<Object[]> rows = Panache.getEntityManager().createQuery(
                        "select s.position, s.text from Segment s where s.document.id = ?1 and s.position between ?2 and ?3",
                        Object[].class)
                .setParameter(1, segment.document.id).setParameter(2, segment.position - 1)
                .setParameter(3, segment.position + 1).getResultList();
        String prev = "";
        String next = "";
        for (Object[] r : rows) {
            int position = ((Number) r[0]).intValue();
            if (position < segment.position) {
                prev = (String) r[1];
            } else if (position > segment.position) {
                next = (String) r[1];
            }
        }
        return context(prev, next);
    }

    /** The context of a segment from the sources of its neighbours ("" where there is none). */
    static String context(String previous, String next) {
        return hash(FuzzyScore.normalizeSpace(previous) + "\u0000" + FuzzyScore.normalizeSpace(next));
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
