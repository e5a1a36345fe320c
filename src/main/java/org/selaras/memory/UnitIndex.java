package org.selaras.memory;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.MMapDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fuzzy index of the translation memory: Lucene (BM25) over {@link MemoryTokenizer} tokens
 * of source and target, with each unit stored, so a lookup needs no database. A lookup takes the
 * BM25 top {@code candidates} (default 50) of the source field and re-scores them by token edit
 * distance ({@link FuzzyScore}). Units are upserted by id, so replaying a unit is harmless.
 * Plain Java (no Quarkus): the benchmark uses it as it is. Thread-safe.
 */
public final class UnitIndex implements Closeable {

    public static final int DEFAULT_CANDIDATES = 50;
    /** At most this many distinct tokens of a lookup text go into the query. */
    public static final int MAX_QUERY_TOKENS = 256;

    /** A memory unit as the index stores it; documentId, segmentId, contextHash and note may be null. */
    public record Unit(long id, String source, String target, String origin, Long documentId, Long segmentId,
                       String contextHash, long updatedMillis, String note) {
        public Unit {
            Objects.requireNonNull(source);
            Objects.requireNonNull(target);
        }

        /** A unit without a note (the editor's saves). */
        public Unit(long id, String source, String target, String origin, Long documentId, Long segmentId,
                    String contextHash, long updatedMillis) {
            this(id, source, target, origin, documentId, segmentId, contextHash, updatedMillis, null);
        }
    }

    public record Match(Unit unit, FuzzyScore score) {
    }

    /** A concordance hit with the [start, end) character ranges of the phrase in source and target. */
    public record Occurrence(Unit unit, List<int[]> sourceRanges, List<int[]> targetRanges) {
    }

    public enum Side { SOURCE, TARGET, BOTH }

    private static final String ID = "id";
    private static final String SRC = "src";
    private static final String TRG = "trg";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean pruneByMinimum = false;

    /** Commit user data: the change-log id applied up to, and which database the log belongs to. */
    private static final String APPLIED = "applied-change";
    private static final String DATABASE = "database";

    private UnitIndex(Directory directory) {
        try {
            this.directory = directory;
            IndexWriterConfig config = new IndexWriterConfig(new TokenAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("The memory index folder " + directory + " is in use by another "
                    + "process: every instance needs a folder of its own (selaras.memory.index-dir).", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index on the heap (Lucene's ByteBuffersDirectory). */
    public static UnitIndex inMemory() {
        return new UnitIndex(new ByteBuffersDirectory());
    }

    /**
     * An index in a folder (memory-mapped: the operating system pages it in, it takes no heap), opened as it was
     * last committed, or created empty. It survives restarts: see {@link #commit(long, String)}.
     */
    public static UnitIndex inFolder(Path folder) {
        try {
            return new UnitIndex(new MMapDirectory(folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The change-log id recorded by the last {@link #commit(long, String)}; 0 for a new (or heap) index. */
    public long appliedChange() {
        String v = commitData().get(APPLIED);
        return v == null ? 0 : Long.parseLong(v);
    }

    /** The database recorded by the last {@link #commit(long, String)}; null for a new index. */
    public String database() {
        return commitData().get(DATABASE);
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** Empties the index (a folder that belongs to another database, or to a log it is ahead of). */
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    /**
     * Whether lookups require the tokens a unit needs to reach the minimum score (exact, loses nothing).
     * Off by default: on the benchmark (1,000,000 near-duplicate units) Lucene's min-should-match
     * scorer was 2× slower than the plain disjunction's MaxScore pruning (p95 98 vs 46 ms).
     */
    public UnitIndex pruneByMinimum(boolean on) {
        this.pruneByMinimum = on;
        return this;
    }

    /** Adds or replaces a unit (by id); visible to lookups after {@link #refresh()}. */
    public void put(Unit u) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(u.id()), Field.Store.YES));
        d.add(new TextField(SRC, u.source(), Field.Store.NO));
        d.add(new TextField(TRG, u.target(), Field.Store.NO));
        d.add(new StoredField("source", u.source()));
        d.add(new StoredField("target", u.target()));
        d.add(new StoredField("origin", u.origin() == null ? "" : u.origin()));
        if (u.documentId() != null) {
            d.add(new StoredField("doc", u.documentId()));
        }
        if (u.segmentId() != null) {
            d.add(new StoredField("seg", u.segmentId()));
        }
        if (u.contextHash() != null) {
            d.add(new StoredField("ctx", u.contextHash()));
        }
        d.add(new StoredField("upd", u.updatedMillis()));
        if (u.note() != null) {
            d.add(new StoredField("note", u.note()));
        }
        try {
            writer.updateDocument(new Term(ID, Long.toString(u.id())), d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(long id) {
        try {
            writer.deleteDocuments(new Term(ID, Long.toString(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every put so far visible to lookups (near-real-time reopen, no commit). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Units in the index (as of the last refresh). */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * Fuzzy lookup: BM25 top {@code candidates} over the source tokens, re-scored by {@link FuzzyScore};
     * matches with adjusted score ≥ {@code min}, best first (score, then exact before 100%, then newest).
     * {@code contextHash} (nullable) is the context of the text being translated, for "exact".
     */
    public List<Match> lookup(String text, int min, int limit, String contextHash, int candidates) {
        FuzzyScore.Query query = new FuzzyScore.Query(text);
        if (query.tokenCount() == 0 || limit <= 0) {
            return List.of();
        }
        List<String> keys = candidateKeys(query);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String key : keys) {
            b.add(new TermQuery(new Term(SRC, key)), BooleanClause.Occur.SHOULD);
        }
        int needed = minimumShared(query, min, keys.size());
        if (needed > 1 && pruneByMinimum) {
            b.setMinimumNumberShouldMatch(needed);
        }
        Query q = b.build();
        List<Unit> found = withSearcher(s -> {
            List<Unit> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc hit : s.search(q, candidates).scoreDocs) {
                out.add(unit(stored.document(hit.doc)));
            }
            return out;
        });
        return rescore(query, found, min, limit, contextHash);
    }

    /** The distinct keys of the text a candidate search asks for (at most {@link #MAX_QUERY_TOKENS}). */
    public static List<String> candidateKeys(FuzzyScore.Query query) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(List.of(query.keys())));
        return distinct.size() > MAX_QUERY_TOKENS ? List.copyOf(distinct.subList(0, MAX_QUERY_TOKENS)) : distinct;
    }

    /**
     * How many of the {@code used} candidate keys a unit must share to possibly score ≥ min. A unit scoring ≥ min
     * shares ≥ ceil(min·Ls/100) tokens with the text (matched pairs of the alignment: P ≥ max(Ls, Lc) − d ≥
     * min·max/100), hence at least that many minus the repeated and the left-out tokens among the distinct query
     * terms: no unit that could reach min is lost, and the search skips the many units that share only a few
     * common words. Values ≤ 1 ask for nothing more than one shared key.
     */
    public static int minimumShared(FuzzyScore.Query query, int min, int used) {
        return (int) Math.ceil(min * query.tokenCount() / 100.0) - query.tokenCount() + used;
    }

    /**
     * The candidates re-scored by {@link FuzzyScore}: those with adjusted score ≥ min, best first, at most limit.
     * Both the embedded index and the search engine (scale-out mode) end here, so a score never depends on the mode.
     */
    public static List<Match> rescore(FuzzyScore.Query query, Iterable<Unit> candidates, int min, int limit,
                                      String contextHash) {
        List<Match> matches = new ArrayList<>();
        for (Unit u : candidates) {
            boolean sameContext = contextHash != null && contextHash.equals(u.contextHash());
            FuzzyScore score = query.score(u.source(), sameContext);
            if (score.adjusted() >= min) {
                matches.add(new Match(u, score));
            }
        }
        matches.sort(BEST_FIRST);
        return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : matches;
    }

    public static final Comparator<Match> BEST_FIRST = Comparator
            .comparingInt((Match m) -> -m.score().adjusted())
            .thenComparing(m -> m.score().kind())
            .thenComparingLong(m -> -m.unit().updatedMillis())
            .thenComparingLong(m -> -m.unit().id());

    /** Concordance: units whose source and/or target contain the phrase (its tokens, in order). */
    public List<Occurrence> concordance(String phrase, Side side, int limit) {
        String[] keys = MemoryTokenizer.keys(phrase);
        if (keys.length == 0 || limit <= 0) {
            return List.of();
        }
        Query q = switch (side) {
            case SOURCE -> new PhraseQuery(SRC, keys);
            case TARGET -> new PhraseQuery(TRG, keys);
            case BOTH -> new BooleanQuery.Builder()
                    .add(new PhraseQuery(SRC, keys), BooleanClause.Occur.SHOULD)
                    .add(new PhraseQuery(TRG, keys), BooleanClause.Occur.SHOULD).build();
        };
        return withSearcher(s -> {
            List<Occurrence> out = new ArrayList<>();
            StoredFields stored = s.storedFields();
            for (ScoreDoc hit : s.search(q, limit).scoreDocs) {
                out.add(occurrence(unit(stored.document(hit.doc)), keys, side));
            }
            return out;
        });
    }

    /**
     * A unit found by a concordance search for the phrase's keys, with the ranges of the phrase on the side(s)
     * searched; the search engine's concordance (scale-out mode) ends here too.
     */
    public static Occurrence occurrence(Unit u, String[] keys, Side side) {
        return new Occurrence(u, side == Side.TARGET ? List.of() : ranges(u.source(), keys),
                side == Side.SOURCE ? List.of() : ranges(u.target(), keys));
    }

    /** Character ranges of every occurrence of the token sequence in the text. */
    static List<int[]> ranges(String text, String[] keys) {
        List<Token> tokens = MemoryTokenizer.tokenize(text);
        List<int[]> out = new ArrayList<>();
        outer:
        for (int i = 0; i + keys.length <= tokens.size(); i++) {
            for (int k = 0; k < keys.length; k++) {
                if (!tokens.get(i + k).key().equals(keys[k])) {
                    continue outer;
                }
            }
            out.add(new int[]{tokens.get(i).start(), tokens.get(i + keys.length - 1).end()});
        }
        return out;
    }

    private static Unit unit(Document d) {
        return new Unit(Long.parseLong(d.get(ID)), d.get("source"), d.get("target"), d.get("origin"),
                number(d, "doc"), number(d, "seg"), d.get("ctx"), number(d, "upd"), d.get("note"));
    }

    private static Long number(Document d, String field) {
        var f = d.getField(field);
        return f == null ? null : f.numericValue().longValue();
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges the index into one segment: after a bulk load (the rebuild on start, the benchmark) a
     * lookup then walks one segment instead of dozens. Blocks until done.
     */
    public void optimize() {
        try {
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    /**
     * Makes every put so far durable (for a folder) together with the change-log id it has applied up to and the
     * database it came from: a restart opens the index as it is and reads the log on from there.
     */
    public void commit(long appliedChange, String database) {
        Map<String, String> data = new HashMap<>();
        data.put(APPLIED, Long.toString(appliedChange));
        if (database != null) {
            data.put(DATABASE, database);
        }
        writer.setLiveCommitData(data.entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
