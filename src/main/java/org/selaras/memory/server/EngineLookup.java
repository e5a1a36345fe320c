package org.selaras.memory.server;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jboss.logging.Logger;
import org.selaras.memory.FuzzyScore;
import org.selaras.memory.MemoryTokenizer;
import org.selaras.memory.UnitIndex;

import java.util.Collection;
import java.util.List;

/**
 * The scale-out mode's memory lookup: the search engine (OpenSearch or Elasticsearch, through Hibernate Search)
 * gives the candidates, our {@link FuzzyScore} scores them in Java ({@link UnitIndex#rescore}), so a match scores
 * the same as in the embedded mode. On when {@code quarkus.hibernate-search-orm.active=true} (README, "Scale out").
 *
 * <p>The units reach the engine through Hibernate Search's outbox: each change writes an event in the change's own
 * transaction (entity saves by themselves, the bulk writes of imports through {@link #changed}), and exactly one
 * instance indexes it. Candidates are loaded from the database, so a lookup shows the units as they are.
 */
@ApplicationScoped
public class EngineLookup {
    private static final Logger LOG = Logger.getLogger(EngineLookup.class);
    /**
     * The engine's index. "-2" since it holds the targets' keys too (concordance): an index of the older shape is
     * left alone (create-or-validate would refuse it) and this one, empty, is filled in the background at start.
     */
    static final String INDEX = "memory-unit-2";
    /** The field of the source's token keys ({@link MemoryUnit#getSourceKeys}). */
    static final String KEYS = "keys";
    /** The field of the target's token keys ({@link MemoryUnit#getTargetKeys}). */
    static final String TARGET_KEYS = "target-keys";
    static final String KEYS_ANALYZER = "memory-keys";
    /** The background indexing's transaction limit (see {@link #start}). */
    static final int REINDEX_SECONDS = 86_400;

    @ConfigProperty(name = "quarkus.hibernate-search-orm.active", defaultValue = "false")
    boolean active;

    @Inject
    EntityManagerFactory entityManagerFactory;

    /**
     * A memory from before the mode was on (or an engine that lost its index) goes in whole, in the background; a
     * lookup meanwhile finds what is indexed so far. Two instances starting at once both do it: the same documents.
     */
    void start(@Observes StartupEvent event) {
        if (!active) {
            return;
        }
        createIndex();
        long units = QuarkusTransaction.requiringNew().call(() -> MemoryUnit.count());
        long indexed = QuarkusTransaction.requiringNew().call(this::indexed);
        if (units > 0 && indexed == 0) {
            LOG.infof("Translation memory: indexing %d units into the search engine", units);
            // the index is empty: nothing to purge (a purge is a delete-by-query, which a minimal node may not serve)
            // the ids are read in one transaction, which at 100,000 units outlived the default 60 s ("ResultSet
            // is closed" after 11,710 units): a day, for any memory this mode is meant for
            Search.mapping(entityManagerFactory).scope(MemoryUnit.class).massIndexer().purgeAllOnStart(false)
                    .transactionTimeout(REINDEX_SECONDS).start()
                    .whenComplete((done, failed) -> {
                        if (failed != null) {
                            LOG.error("Translation memory: indexing into the search engine failed", failed);
                        } else {
                            LOG.infof("Translation memory: %d units indexed into the search engine", units);
                        }
                    });
        }
    }

    /**
     * The index, made here and not by Hibernate Search's boot (schema-management none): instances starting at once on
     * an engine without it both find it missing and both create it, and the one that loses gets "already exists",
     * which at boot would stop that instance. Here the loser finds it made and checks its mapping.
     */
    private void createIndex() {
        var schema = Search.mapping(entityManagerFactory).scope(MemoryUnit.class).schemaManager();
        try {
            schema.createOrValidate();
        } catch (SearchException e) {
            if (!mentions(e, "resource_already_exists_exception")) {
                throw e;
            }
            LOG.info("Translation memory: another instance created the search engine's index meanwhile");
            schema.validate();
        }
    }

    /** Whether the failure, its causes or what was suppressed on the way say {@code what}. */
    private static boolean mentions(Throwable failure, String what) {
        if (failure == null) {
            return false;
        }
        if (String.valueOf(failure.getMessage()).contains(what) || mentions(failure.getCause(), what)) {
            return true;
        }
        for (Throwable s : failure.getSuppressed()) {
            if (mentions(s, what)) {
                return true;
            }
        }
        return false;
    }

    /** Units in the engine's index. */
    @Transactional(Transactional.TxType.SUPPORTS)
    long indexed() {
        return Search.session(Panache.getEntityManager()).search(MemoryUnit.class)
                .where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** Whether lookups go to the search engine (scale-out mode). */
    public boolean active() {
        return active;
    }

    /** The engine's top {@code candidates} for the text, re-scored: matches ≥ min, best first, at most limit. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<UnitIndex.Match> lookup(String text, int min, int limit, String contextHash, int candidates) {
        FuzzyScore.Query query = new FuzzyScore.Query(text);
        if (query.tokenCount() == 0 || limit <= 0) {
            return List.of();
        }
        List<String> keys = UnitIndex.candidateKeys(query);
        int needed = UnitIndex.minimumShared(query, min, keys.size());
        List<MemoryUnit> hits = Search.session(Panache.getEntityManager()).search(MemoryUnit.class)
                .where(f -> f.bool().with(b -> {
                    keys.forEach(k -> b.should(f.match().field(KEYS).matching(k)));
                    if (needed > 1) {
                        b.minimumShouldMatchNumber(needed);
                    }
                }))
                .fetchHits(candidates);
        return UnitIndex.rescore(query, hits.stream().map(MemoryUnit::toIndexed).toList(), min, limit, contextHash);
    }

    /**
     * Concordance in the engine: units whose source and/or target hold the phrase's keys in order (a phrase query
     * on the keys fields), with the same ranges as the embedded index gives ({@link UnitIndex#occurrence}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<UnitIndex.Occurrence> concordance(String phrase, UnitIndex.Side side, int limit) {
        String[] keys = MemoryTokenizer.keys(phrase);
        if (keys.length == 0 || limit <= 0) {
            return List.of();
        }
        String words = String.join(" ", keys);
        List<MemoryUnit> hits = Search.session(Panache.getEntityManager()).search(MemoryUnit.class)
                .where(f -> switch (side) {
                    case SOURCE -> f.phrase().field(KEYS).matching(words);
                    case TARGET -> f.phrase().field(TARGET_KEYS).matching(words);
                    case BOTH -> f.phrase().fields(KEYS, TARGET_KEYS).matching(words);
                })
                .fetchHits(limit);
        return hits.stream().map(u -> UnitIndex.occurrence(u.toIndexed(), keys, side)).toList();
    }

    /**
     * Units written past the entity manager (the imports' set-based statements): their outbox events, in the
     * current transaction. Entity saves need nothing: Hibernate Search sees them itself.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void changed(Collection<Long> unitIds) {
        if (!active || unitIds.isEmpty()) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        // references, not loaded rows: an outbox event holds only the id; the indexing instance reads the unit
        unitIds.forEach(id -> plan.addOrUpdate(em.getReference(MemoryUnit.class, id)));
    }
}
