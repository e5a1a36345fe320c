package org.selaras.mt.server;

import org.jboss.logging.Logger;
import org.selaras.mt.LanguagePairs;
import org.selaras.mt.MachineTranslator;
import org.selaras.mt.MtException;

import java.time.Duration;

/**
 * What an engine said about the language pairs it translates, kept for a while so that opening a document does
 * not ask every engine again. A failed question is kept only 30 s: an engine down now may be back soon.
 */
final class EnginePairs {

    private static final Logger LOG = Logger.getLogger(EnginePairs.class);
    private static final Duration FAILURE_TTL = Duration.ofSeconds(30);

    /** The pairs, or null and why they are unknown (the engine could not be asked). */
    record Known(LanguagePairs pairs, MtException problem) {
    }

    private final MachineTranslator engine;
    private final Duration ttl;
    private Known known;
    private long until;

    EnginePairs(MachineTranslator engine, Duration ttl) {
        this.engine = engine;
        this.ttl = ttl;
    }

    /** One question at a time per engine; the others wait for its answer (a few seconds at most). */
    synchronized Known get() {
        long now = System.nanoTime();
        if (known != null && now - until < 0) return known;
        try {
            known = new Known(engine.pairs(), null);
            until = now + ttl.toNanos();
        } catch (MtException e) {
            if (e.status() == 404) {
                // an engine too old to list its pairs: offer it for any pair, as before, and let it answer
                LOG.infof("%s cannot list its language pairs (HTTP 404); it is offered for every pair", engine.label());
                known = new Known(LanguagePairs.ANY, null);
                until = now + ttl.toNanos();
            } else {
                LOG.warnf("Could not ask %s for its language pairs: %s", engine.label(), e.getMessage());
                known = new Known(null, e);
                until = now + FAILURE_TTL.toNanos();
            }
        }
        return known;
    }
}
