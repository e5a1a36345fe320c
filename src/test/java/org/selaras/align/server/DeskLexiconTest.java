package org.selaras.align.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.selaras.align.Lexicon;
import org.selaras.memory.server.MemoryService;

@QuarkusTest
class DeskLexiconTest {

    @Inject
    DeskLexicon desk;
    @Inject
    MemoryService memory;
    /** Pairs the desk confirms reach the aligner's table once enough of them came in. */
    @Test
    void confirmedPairsReachTheAlignersTable() {
        desk.current();
        String[][] words = {{"naik", "rose"}, {"turun", "fell"}, {"stabil", "steady"}, {"mahal", "expensive"},
                {"murah", "cheap"}};
        QuarkusTransaction.requiringNew().run(() -> {
            for (int k = 0; k < DeskLexicon.REFRESH_UNITS; k++) {
                String[] w = words[k % words.length];
                memory.add("Harga zorblat " + w[0] + " " + k + ".", "Zorblat-quinzel prices " + w[1] + " " + k + ".",
                        "human", null, null, "desk-lexicon-test");
            }
        });
        Lexicon lex = desk.current();
        assertEquals("zorblat-quinzel", lex.translations("zorblat").get(0));
        assertEquals("fell", lex.translations("turun").get(0));
        assertSame(lex, desk.current(), "no rebuild while nothing changed");
        assertTrue(desk.last().lexicon().entries() > 0);
    }

    @Test
    void refreshPolicy() {
        Instant now = Instant.now();
        DeskLexicon.Built b = new DeskLexicon.Built(3, 1000, now, Lexicon.EMPTY, 1);
        assertTrue(DeskLexicon.stale(null, 3, 1000, now));
        assertTrue(DeskLexicon.stale(b, 4, 1000, now), "glossary changed");
        assertFalse(DeskLexicon.stale(b, 3, 1000 + DeskLexicon.REFRESH_UNITS - 1, now), "a few new units");
        assertTrue(DeskLexicon.stale(b, 3, 1000 + DeskLexicon.REFRESH_UNITS, now), "many new units");
        assertTrue(DeskLexicon.stale(b, 3, 1001, now.plus(DeskLexicon.MAX_AGE).plusSeconds(1)), "old and changed");
        assertFalse(DeskLexicon.stale(b, 3, 1000, now.plus(DeskLexicon.MAX_AGE).plusSeconds(1)), "old, unchanged");
    }
}
