package org.selaras.memory.server;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.selaras.memory.UnitIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scale-out mode on a real OpenSearch node: the same memory and the same texts give the same matches with the
 * same scores as the embedded index, whether a unit came in through a save of the entity or an import's bulk write;
 * and its concordance finds the same units, with the same ranges.
 */
@QuarkusTest
@TestProfile(ScaleOutProfile.class)
@Tag("search")
class EngineLookupTest {
    @Inject
    MemoryService memory;
    @Inject
    EngineLookup engine;

    @Test
    void theEngineFindsWhatTheEmbeddedIndexFindsWithTheSameScores() throws Exception {
        assertTrue(engine.active(), "the scale-out profile switches the engine on");
        List<String> sentences = sentences();
        // one unit through the entity (Hibernate Search sees the save itself), the rest as an import writes them
        memory.add(sentences.get(0), "EN " + sentences.get(0), "human", null, null, "tester");
        List<MemoryService.NewUnit> units = new ArrayList<>();
        for (int i = 1; i < sentences.size(); i++) {
            units.add(new MemoryService.NewUnit(sentences.get(i), "EN " + i, "imported"));
            if (i % 3 == 0) { // a near twin: the lookups see fuzzy matches, not only 100%
                units.add(new MemoryService.NewUnit(withoutWord(sentences.get(i), 1) + " 2024", "EN twin " + i, null));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> memory.addAllCounted(units, "tester"));
        awaitIndexed();

        int matches = 0;
        int fuzzy = 0;
        for (String s : sentences.subList(0, 40)) {
            for (String text : List.of(s, withoutWord(s, 2), s.toUpperCase(), s.replace(",", ""))) {
                List<String> embedded = shown(memory.lookup(text, 50, 5, null, false));
                List<String> inEngine = shown(memory.lookup(text, 50, 5, null, true));
                assertEquals(embedded, inEngine, "matches for \"" + text + "\"");
                matches += inEngine.size();
                fuzzy += (int) inEngine.stream().filter(m -> !m.contains(" 100 ")).count();
            }
        }
        assertTrue(matches >= 160, "every text finds at least its own unit: " + matches);
        assertTrue(fuzzy > 40, "fuzzy matches compared too: " + fuzzy);
    }

    @Test
    void concordanceInTheEngineFindsWhatTheEmbeddedIndexFinds() throws Exception {
        List<String> sentences = sentences().subList(0, 30);
        List<MemoryService.NewUnit> units = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            units.add(new MemoryService.NewUnit(sentences.get(i), "Concordance " + i + " of the desk, said the desk.",
                    "imported"));
        }
        QuarkusTransaction.requiringNew().run(() -> memory.addAllCounted(units, "tester"));
        awaitIndexed();

        int found = 0;
        for (String s : sentences) {
            String[] words = s.split(" ");
            String phrase = words[1] + " " + words[2] + ", " + words[3].toUpperCase(); // case and punctuation aside
            for (UnitIndex.Side side : UnitIndex.Side.values()) {
                List<String> embedded = occurrences(memory.search(phrase, side, 200, false));
                List<String> inEngine = occurrences(memory.search(phrase, side, 200, true));
                assertEquals(embedded, inEngine, side + " \"" + phrase + "\"");
                found += inEngine.size();
            }
        }
        for (UnitIndex.Side side : UnitIndex.Side.values()) {
            List<String> inEngine = occurrences(memory.search("of the desk said", side, 200, true));
            assertEquals(occurrences(memory.search("of the desk said", side, 200, false)), inEngine);
            assertEquals(side == UnitIndex.Side.SOURCE ? 0 : sentences.size(), inEngine.size(), side.toString());
        }
        assertTrue(found >= 2 * sentences.size(), "every phrase finds its unit on the source side: " + found);
    }

    /** Concordance hits as a user sees them (which unit, where the phrase is), in unit order. */
    private static List<String> occurrences(List<UnitIndex.Occurrence> found) {
        return found.stream().sorted(java.util.Comparator.comparingLong(o -> o.unit().id()))
                .map(o -> o.unit().id() + " " + o.sourceRanges().stream().map(Arrays::toString).toList() + " "
                        + o.targetRanges().stream().map(Arrays::toString).toList()).toList();
    }

    private void awaitIndexed() throws InterruptedException {
        long units = QuarkusTransaction.requiringNew().call(() -> MemoryUnit.count());
        long deadline = System.nanoTime() + 60_000_000_000L;
        long indexed = 0;
        while (System.nanoTime() < deadline) {
            indexed = QuarkusTransaction.requiringNew().call(engine::indexed);
            if (indexed == units) {
                return;
            }
            Thread.sleep(200);
        }
        assertEquals(units, indexed, "units in the engine after 60 s");
    }

    /** A match as a user sees it: which unit, its score, kind and flags. */
    private static List<String> shown(List<UnitIndex.Match> matches) {
        return matches.stream().map(m -> m.unit().id() + " " + m.score().adjusted() + " " + m.score().raw() + " "
                + m.score().kind() + " " + m.score().flags() + " " + m.unit().target()).toList();
    }

    private static String withoutWord(String s, int k) {
        List<String> words = new ArrayList<>(Arrays.asList(s.split(" ")));
        if (words.size() > k) {
            words.remove(k);
        }
        return String.join(" ", words);
    }

    private static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                for (String s : Files.readString(f).split("(?<=\\.)\\s+")) {
                    if (s.split(" ").length >= 6 && !out.contains(s.trim())) {
                        out.add(s.trim());
                    }
                }
            }
        }
        // and the Indonesian side of the aligner's news sets (paragraph, sentences " | " apart, English)
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/align"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String[] cols = line.split("\t");
                    if (line.startsWith("#") || cols.length < 2) {
                        continue;
                    }
                    for (String s : cols[1].split(" \\| ")) {
                        if (s.split(" ").length >= 6 && !out.contains(s.trim())) {
                            out.add(s.trim());
                        }
                    }
                }
            }
        }
        assertTrue(out.size() >= 60, "the texts have sentences: " + out.size());
        return out;
    }
}
