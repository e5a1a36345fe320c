package org.selaras.memory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitIndexTest {

    static UnitIndex.Unit unit(long id, String source, String target, String ctx) {
        return new UnitIndex.Unit(id, source, target, "human", 1L, id, ctx, 1000 + id);
    }

    @Test
    void looksUpRescoresAndUpserts() {
        try (UnitIndex index = UnitIndex.inMemory()) {
            index.put(unit(1, "Presiden Joko Widodo tiba di Jakarta.", "President Joko Widodo arrived in Jakarta.", "c1"));
            index.put(unit(2, "Presiden Joko Widodo tiba di Bandung.", "President Joko Widodo arrived in Bandung.", null));
            index.put(unit(3, "Harga beras naik lagi.", "Rice prices rose again.", null));
            index.refresh();
            assertEquals(3, index.size());

            List<UnitIndex.Match> m = index.lookup("Presiden Joko Widodo tiba di Jakarta.", 70, 5, "c1", 50);
            assertEquals(2, m.size());
            assertEquals(1, m.get(0).unit().id());
            assertEquals(FuzzyScore.Kind.EXACT, m.get(0).score().kind());
            assertEquals(83, m.get(1).score().adjusted());
            assertEquals(1, index.lookup("Presiden Joko Widodo tiba di Jakarta.", 90, 5, null, 50).size());
            assertEquals(FuzzyScore.Kind.FULL,
                    index.lookup("Presiden Joko Widodo tiba di Jakarta.", 90, 5, "other", 50).get(0).score().kind());

            index.put(unit(3, "Harga beras turun.", "Rice prices fell.", null));
            index.refresh();
            assertEquals(3, index.size());
            assertEquals("Rice prices fell.", index.lookup("Harga beras turun", 50, 5, null, 50).get(0).unit().target());
        }
    }

    @Test
    void concordanceFindsPhrasesWithOffsets() {
        try (UnitIndex index = UnitIndex.inMemory()) {
            index.put(unit(1, "Korea Utara menembakkan rudal.", "North Korea fired a missile.", null));
            index.put(unit(2, "Utara dan Korea.", "North and Korea.", null));
            index.refresh();
            List<UnitIndex.Occurrence> src = index.concordance("korea utara", UnitIndex.Side.SOURCE, 10);
            assertEquals(1, src.size());
            assertArrayEquals(new int[]{0, 11}, src.get(0).sourceRanges().get(0));
            List<UnitIndex.Occurrence> trg = index.concordance("North Korea", UnitIndex.Side.TARGET, 10);
            assertEquals(1, trg.size());
            assertArrayEquals(new int[]{0, 11}, trg.get(0).targetRanges().get(0));
            assertTrue(index.concordance("Korea", UnitIndex.Side.BOTH, 10).size() == 2);
        }
    }

    /** The minimum-should-match pruning never loses a unit that reaches min (checked against brute force). */
    @Test
    void pruningLosesNothingAboveTheMinimum() {
        java.util.Random rnd = new java.util.Random(3);
        String[] words = "a b c d e f g h i j k l m n o p".split(" ");
        List<String> sources = new java.util.ArrayList<>();
        try (UnitIndex index = UnitIndex.inMemory().pruneByMinimum(true)) {
            for (int i = 0; i < 300; i++) {
                StringBuilder sb = new StringBuilder();
                int n = 3 + rnd.nextInt(8);
                for (int k = 0; k < n; k++) {
                    sb.append(words[rnd.nextInt(words.length)]).append(' ');
                }
                sources.add(sb.toString().trim());
                index.put(unit(i + 1, sources.get(i), "t", null));
            }
            index.refresh();
            for (int t = 0; t < 40; t++) {
                String text = sources.get(rnd.nextInt(sources.size())) + " " + words[rnd.nextInt(words.length)];
                for (int min : new int[]{30, 50, 70, 90}) {
                    long expected = sources.stream().filter(s -> FuzzyScore.of(text, s, false).adjusted() >= min).count();
                    assertEquals(expected, index.lookup(text, min, 1000, null, 1000).size(), text + " @" + min);
                }
            }
        }
    }

    /** An index in a folder is there again after a reopen, with the change-log id it had applied (no rebuild). */
    @Test
    void aFolderIndexSurvivesAReopenWithItsPlaceInTheChangeLog(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (UnitIndex index = UnitIndex.inFolder(dir)) {
            assertEquals(0, index.appliedChange());
            index.put(unit(1, "Presiden Joko Widodo tiba di Jakarta.", "President Joko Widodo arrived in Jakarta.", null));
            index.put(unit(2, "Harga beras naik lagi.", "Rice prices rose again.", null));
            index.commit(42, "db-1");
        }
        try (UnitIndex index = UnitIndex.inFolder(dir)) {
            assertEquals(42, index.appliedChange());
            assertEquals("db-1", index.database());
            assertEquals(2, index.size());
            assertEquals("Rice prices rose again.", index.lookup("Harga beras naik lagi.", 90, 5, null, 50).get(0).unit().target());
            index.clear();
            assertEquals(0, index.size());
        }
    }

    /** A second process on the same folder is refused with a message that names the setting. */
    @Test
    void aFolderInUseIsRefusedWithTheSetting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (UnitIndex index = UnitIndex.inFolder(dir)) {
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> UnitIndex.inFolder(dir));
            assertTrue(e.getMessage().contains("selaras.memory.index-dir"), e.getMessage());
        }
    }
}
