package org.selaras.align.server;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.selaras.align.Lexicon;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.server.GlossaryService;
import org.selaras.memory.server.MemoryService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk's word-translation table for the aligner, one per instance: trained from the glossary (each term with
 * each allowed English form) and the {@value #RECENT} most recently updated memory units (the desk's confirmed
 * translations, which the memory receives, and imported memory). Rebuilt when the glossary revision moved, when
 * the memory grew or shrank by {@value #REFRESH_UNITS} units or more, or when the memory changed at all and the
 * table is older than {@link #MAX_AGE}. A rebuild reads one indexed query (memory_unit by updated_at) and trains
 * a few EM iterations; see the README for its size and time.
 */
@ApplicationScoped
public class DeskLexicon {

    private static final Logger LOG = Logger.getLogger(DeskLexicon.class);
    static final int RECENT = 5000;
    static final int REFRESH_UNITS = 100;
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    /** A built table and what it was built from. */
    record Built(long glossaryRevision, int memoryUnits, Instant at, Lexicon lexicon, long millis) {
    }

    private final GlossaryService glossary;
    private final MemoryService memory;
    private volatile Built built;

    public DeskLexicon(GlossaryService glossary, MemoryService memory) {
        this.glossary = glossary;
        this.memory = memory;
    }

    /** The current table, rebuilt first when {@link #stale} says so. */
    public Lexicon current() {
        GlossaryService.Snapshot snap = glossary.snapshot();
        int units = memory.size();
        Built b = built;
        if (stale(b, snap.revision(), units, Instant.now())) {
            synchronized (this) {
                b = built;
                if (stale(b, snap.revision(), units, Instant.now())) b = build(snap, units);
            }
        }
        return b.lexicon();
    }

    /** The last build (null before the first), for tests and the README's figures. */
    Built last() {
        return built;
    }

    static boolean stale(Built b, long glossaryRevision, int memoryUnits, Instant now) {
        if (b == null || b.glossaryRevision() != glossaryRevision) return true;
        int moved = Math.abs(memoryUnits - b.memoryUnits());
        return moved >= REFRESH_UNITS || (moved > 0 && b.at().plus(MAX_AGE).isBefore(now));
    }

    private Built build(GlossaryService.Snapshot snap, int units) {
        long t0 = System.nanoTime();
        List<Lexicon.Pair> pairs = new ArrayList<>();
        for (GlossaryTerm t : snap.glossary().all()) {
            if (t.status() == GlossaryTerm.Status.DEPRECATED) continue;
            for (String form : t.allowedForms()) pairs.add(new Lexicon.Pair(t.source(), form));
        }
        pairs.addAll(QuarkusTransaction.requiringNew().call(DeskLexicon::recentUnits));
        Lexicon lexicon = Lexicon.train(pairs);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Built b = new Built(snap.revision(), units, Instant.now(), lexicon, millis);
        built = b;
        LOG.debugf("Aligner lexicon: %d pairs, %d entries, %d ms", pairs.size(), lexicon.entries(), millis);
        return b;
    }

    private static List<Lexicon.Pair> recentUnits() {
        List<Lexicon.Pair> out = new ArrayList<>();
        for (Object row : Panache.getEntityManager()
                .createNativeQuery("select source, target from memory_unit order by updated_at desc, id desc")
                .setMaxResults(RECENT).getResultList()) {
            Object[] r = (Object[]) row;
            out.add(new Lexicon.Pair((String) r[0], (String) r[1]));
        }
        return out;
    }
}
