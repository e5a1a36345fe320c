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
import org.selaras.memory.ChangeCursor;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The translation memory: units in the database ({@link MemoryUnit}), a Lucene {@link UnitIndex} in the process.
 *
 * <p><b>Change log.</b> Every add, change or delete of a unit also writes a row to {@code memory_change} in the same
 * transaction (ids from a sequence). The index follows that log by id, every {@code selaras.memory.poll} (5 s), so
 * the saves and imports of other instances sharing the database show up too; this instance's own units go in right
 * after their commit as well. Ids can commit out of order (a long import holds ids below a quick save that commits
 * first): {@link ChangeCursor} keeps the holes and the next polls read exactly those ids again, until they come or
 * are older than {@code selaras.memory.gap-timeout} (a rollback leaves a hole for ever). No clock is involved, so a
 * unit that commits late is never skipped, and a poll with nothing new reads nothing.
 *
 * <p><b>Durable index.</b> With {@code selaras.memory.index-dir} the index lives in that folder (memory-mapped, off
 * the heap) and each poll that applied changes commits it with the log id it applied up to; a start opens it and
 * reads only the log after that id, so the start does not grow with the memory. A new folder (or one written for
 * another database) reads the whole log. Without the setting the index is on the heap and read whole at each start.
 *
 * <p><b>Context</b> (for "exact" matches): the sources of the previous and next segment of the
 * same document, hashed; units of a save carry it, imported units do not (they reach 100%, never exact).
 * Polls read on their own connection, outside any transaction (the first may take long).
 */
@ApplicationScoped
@Transactional
public class MemoryService {
    private static final Logger LOG = Logger.getLogger(MemoryService.class);
    static final int PAGE = 2000;
    /** Holes (id ranges) asked for per query. */
    static final int RANGES = 100;
    private static final Object PENDING = MemoryService.class.getName() + ".pending";
    private static final String UNIT_COLUMNS = "c.id as change_id, c.unit_id as id, u.source, u.target, u.origin, "
            + "u.document_id, u.segment_id, u.context_hash, u.updated_at, u.note "
            + "from memory_change c left join memory_unit u on u.id = c.unit_id ";

    @Inject
    DataSource dataSource;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    SelarasConfig config;
    /** Bulk writes (imports), in the caller's transaction and on its connection. */
    @Inject
    StatelessSession stateless;
    /** The scale-out mode's search engine (lookups there when it is on). */
    @Inject
    EngineLookup engine;

    private volatile UnitIndex index;
    private boolean durable;
    private ChangeCursor cursor;
    /** The change the index stood at when it was opened. */
    private long startedFrom;
    /** Which database the log belongs to (the first migration's time), recorded in the index's commits. */
    private String database;
    /**
     * Units this instance indexed right after its own commit, with their update time: the poll that reads their
     * change next does not index them again (after an import: every unit of the file). Left when the poll sees them.
     */
    private final Map<Long, Long> indexedLately = new ConcurrentHashMap<>();

    /** Opens the index (quick); reading the change log on from it is {@link #catchUp}, the start's work. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void start(@Observes StartupEvent event) {
        Optional<String> dir = config.memory().indexDir().filter(d -> !d.isBlank());
        UnitIndex opened = dir.map(d -> UnitIndex.inFolder(Path.of(d))).orElseGet(UnitIndex::inMemory);
        durable = dir.isPresent();
        database = databaseId();
        long applied = opened.appliedChange();
        if (applied > 0 && (!Objects.equals(database, opened.database()) || applied > lastChange())) {
            LOG.infof("Translation memory: the index in %s belongs to another database; reading it anew", dir.orElse(""));
            opened.clear();
            applied = 0;
        }
        cursor = new ChangeCursor(applied, config.memory().gapTimeout(), System::nanoTime);
        startedFrom = applied;
        index = opened;
    }

    /**
     * Reads the change log on from where the opened index stood (all of it for a new index): part of the start's work
     * (org.selaras.Startup), which keeps readiness DOWN until it is done. A poll due meanwhile waits for it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public synchronized void catchUp() {
        if (index == null) {
            return;
        }
        long started = System.nanoTime();
        int n = poll();
        if (startedFrom == 0 && n > 10_000) {
            index.optimize();
        }
        LOG.infof("Translation memory: %d units in the index, %d changes after change %d read in %d ms", index.size(), n,
                startedFrom, (System.nanoTime() - started) / 1_000_000);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    synchronized void stop(@Observes ShutdownEvent event) {
        if (index != null) {
            if (durable) {
                poll(); // the tail of the log this instance's own last saves wrote: the next start reads nothing again
                index.commit(cursor.applied(), database);
            }
            index.close();
            index = null;
        }
    }

    /**
     * Reads the change log on from where the index is, applies what changed and, for a folder, commits the index
     * with its new place in the log. Returns how many changes it read (0 when nothing happened: one query, no rows).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    synchronized int poll() {
        if (index == null) {
            return 0;
        }
        long appliedBefore = cursor.applied();
        boolean gaveUp = cursor.expire();
        int read = 0;
        try (Connection c = dataSource.getConnection()) {
            List<ChangeCursor.Gap> gaps = cursor.gaps();
            for (int from = 0; from < gaps.size(); from += RANGES) {
                List<ChangeCursor.Gap> some = gaps.subList(from, Math.min(gaps.size(), from + RANGES));
                String sql = "select " + UNIT_COLUMNS + "where "
                        + String.join(" or ", Collections.nCopies(some.size(), "c.id between ? and ?"));
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int p = 1;
                    for (ChangeCursor.Gap g : some) {
                        ps.setLong(p++, g.from());
                        ps.setLong(p++, g.to());
                    }
                    read += apply(ps);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select " + UNIT_COLUMNS + "where c.id > ? order by c.id")) {
                ps.setMaxRows(PAGE);
                ps.setFetchSize(PAGE);
                while (true) {
                    ps.setLong(1, cursor.seen());
                    int page = apply(ps);
                    read += page;
                    if (page < PAGE) {
                        break;
                    }
                }
            }
        } catch (SQLException e) {
            LOG.warn("Translation memory poll failed: " + e.getMessage());
        }
        if (read > 0) {
            index.refresh();
        }
        if (durable && (read > 0 || gaveUp) && cursor.applied() != appliedBefore) {
            index.commit(cursor.applied(), database);
        }
        return read;
    }

    @Scheduled(every = "${selaras.memory.poll:5s}", delayed = "${selaras.memory.poll:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void scheduledPoll() {
        poll();
    }

    /** Applies the changes a query reads: the unit as it is now, or out of the index when it is gone. */
    private int apply(PreparedStatement ps) throws SQLException {
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                n++;
                long change = rs.getLong("change_id");
                long unitId = rs.getLong("id");
                if (rs.getString("source") == null) {
                    index.remove(unitId);
                } else {
                    UnitIndex.Unit u = read(rs);
                    if (!Long.valueOf(u.updatedMillis()).equals(indexedLately.remove(unitId))) {
                        index.put(u);
                    }
                }
                cursor.saw(change);
            }
        }
        return n;
    }

    /** The highest id in the change log (0 when empty). */
    private long lastChange() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select max(id) from memory_change"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the translation memory's change log", e);
        }
    }

    /** This database: when its first migration ran (Flyway's history); null if that cannot be read. */
    private String databaseId() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select \"installed_on\" from \"flyway_schema_history\" where \"installed_rank\" = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? String.valueOf(rs.getObject(1)) : null;
        } catch (SQLException e) {
            LOG.debug("No migration history to tell the database by: " + e.getMessage());
            return null;
        }
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

    /** The unit's row in the change log, in the current transaction (other instances' indexes read it). */
    private static void logChange(long unitId) {
        Panache.getEntityManager().createNativeQuery("insert into memory_change (unit_id) values (?1)")
                .setParameter(1, unitId).executeUpdate();
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
        logChange(u.id);
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
        UnitRows.logChanges(stateless, updated);
        UnitRows.logChanges(stateless, created);
        updated.forEach(u -> indexAfterCommit(u.toIndexed()));
        created.forEach(u -> indexAfterCommit(u.toIndexed()));
        engine.changed(ids(updated, created));
    }

    private static List<Long> ids(List<MemoryUnit> a, List<MemoryUnit> b) {
        List<Long> ids = new ArrayList<>(a.size() + b.size());
        a.forEach(u -> ids.add(u.id));
        b.forEach(u -> ids.add(u.id));
        return ids;
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
        return addAllCounted(units, author).added();
    }

    /**
     * What {@link #addAllCounted} did, per unit given: new pairs, pairs given a new note, pairs the memory already
     * held as they are (and repeats within the units).
     */
    public record Added(int added, int updated, int unchanged) {
    }

    /**
     * Adds the units, set-based; a pair the memory already has (same source and target, spacing aside) is not
     * copied: it takes the file's note when that differs, and is otherwise left as it is (not re-indexed).
     */
    public Added addAllCounted(List<NewUnit> units, String author) {
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
        // a pair the file repeats is one unit: each repeat counts as unchanged, so the counts add up to the file
        int unchanged = units.size() - fresh.size();
        Set<Long> before = new HashSet<>();
        List<MemoryUnit> refreshed = new ArrayList<>();
        Set<UnitRows.Key> there = new HashSet<>();
        for (MemoryUnit m : UnitRows.withSourceHash(stateless, hashes)) {
            before.add(m.id);
            MemoryUnit mine = fresh.get(UnitRows.Key.of(m));
            if (mine != null && there.add(UnitRows.Key.of(m))) {
                if (mine.note != null && !mine.note.equals(m.note)) {
                    m.note = mine.note;
                    m.updatedAt = now;
                    refreshed.add(m);
                } else {
                    unchanged++;
                }
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
        UnitRows.logChanges(stateless, refreshed);
        UnitRows.logChanges(stateless, added);
        refreshed.forEach(u -> indexAfterCommit(u.toIndexed()));
        added.forEach(u -> indexAfterCommit(u.toIndexed()));
        engine.changed(ids(refreshed, added));
        return new Added(added.size(), refreshed.size(), unchanged);
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
        logChange(u.id);
        indexAfterCommit(u.toIndexed());
        return u.id;
    }

    /** The tagged source of a segment of a formatted article (a joined group's first segment: null), else null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String taggedSource(long segmentId) {
        Segment s = Segment.findById(segmentId);
        return s == null || s.tagged == null || Translation.<Translation>findByIdOptional(segmentId)
                .map(t -> t.span > 1).orElse(false) ? null : s.tagged;
    }

    /** Fuzzy matches for a text; {@code segmentId} (nullable) gives the context and is left out of the matches. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitIndex.Match> lookup(String text, int min, int limit, Long segmentId) {
        return lookup(text, min, limit, segmentId, engine.active());
    }

    /** {@link #lookup} in the search engine (scale-out mode) or in this instance's own index. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<UnitIndex.Match> lookup(String text, int min, int limit, Long segmentId, boolean inEngine) {
        String context = null;
        if (segmentId != null) {
            Segment s = Segment.findById(segmentId);
            context = s == null ? null : contextOf(s);
        }
        // twice the limit: the segment's own unit and pairs held twice (an old import, a save of the same pair) drop out
        List<UnitIndex.Match> matches = inEngine
                ? engine.lookup(text, min, 2 * limit + 1, context, config.memory().candidates())
                : index.lookup(text, min, 2 * limit + 1, context, config.memory().candidates());
        Set<UnitRows.Key> shown = new HashSet<>();
        return matches.stream()
                .filter(m -> segmentId == null || !segmentId.equals(m.unit().segmentId()))
                .filter(m -> shown.add(UnitRows.Key.of(m.unit().source(), m.unit().target())))
                .limit(limit).toList();
    }

    /** Concordance: in the search engine in the scale-out mode (every instance's units), else in this index. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitIndex.Occurrence> search(String phrase, UnitIndex.Side side, int limit) {
        return search(phrase, side, limit, engine.active());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<UnitIndex.Occurrence> search(String phrase, UnitIndex.Side side, int limit, boolean inEngine) {
        return inEngine ? engine.concordance(phrase, side, limit) : index.concordance(phrase, side, limit);
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
