package org.selaras.terms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selaras.exchange.GlossaryTable;
import org.selaras.glossary.Glossary;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.GlossaryTerm.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnglishSuggesterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            Yoon Suk-yeol   = South Korean President Yoon Suk Yeol spoke.          = Yoon Suk Yeol
            Yoon Suk-yeol   = President Yoon Suk-yeol spoke.                       = Yoon Suk-yeol
            Zelensky        = Zelenskyy said on Monday.                            = Zelenskyy
            Antony Blinken  = US Secretary of State Antony Blinken said.           = Antony Blinken
            Bapanas         = the head of Bapanas said.                            = Bapanas
            Prabowo Subianto = The president met the press.                        = ''
            """)
    void nameWindow(String name, String english, String expected) {
        assertEquals(expected.isEmpty() ? null : expected, EnglishSuggester.nameWindow(name, english));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            Menteri Luar Negeri Rusia      = Russian Foreign Minister Sergey Lavrov arrived.       = Russian Foreign Minister
            Menteri Luar Negeri Korea Utara = North Korean Foreign Minister Choe Son Hui visited. = North Korean Foreign Minister
            Kepala Bapanas                 = the head of Bapanas, Arief, said.                   = head of Bapanas
            Gubernur Jawa Barat            = West Java Governor Dedi Mulyadi said.               = West Java Governor
            Presiden                       = The President said on Monday.                       = President
            Menteri Keuangan               = She met the press.                                  = ''
            """)
    void titleWindow(String title, String english, String expected) {
        assertEquals(expected.isEmpty() ? null : expected, EnglishSuggester.titleWindow(title, english));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            Menteri Luar Negeri Rusia = Russian Foreign Minister
            Gubernur Jawa Barat       = West Java Governor
            Menteri Keuangan          = Finance Minister
            """)
    void tableRenderingWhenNothingWasTranslated(String title, String expected) {
        assertEquals(expected, EnglishSuggester.tableRendering(title));
    }

    @Test
    void mostFrequentWindowWinsWithItsEvidence() {
        Candidate c = new Candidate(Kind.PERSON, "Yoon Suk-yeol", "yoon suk yeol",
                List.of(new Occurrence(1, 0, 0, 13), new Occurrence(1, 1, 0, 13), new Occurrence(2, 0, 0, 13),
                        new Occurrence(2, 5, 0, 13)),
                Coverage.NONE, "", List.of(), "");
        Map<Long, Map<Integer, TranslatedSegment>> tr = new HashMap<>();
        tr.computeIfAbsent(1L, k -> new HashMap<>()).put(0, new TranslatedSegment(1, 0, "", "Yoon Suk Yeol said."));
        tr.computeIfAbsent(1L, k -> new HashMap<>()).put(1, new TranslatedSegment(1, 1, "", "Yoon Suk Yeol also said."));
        tr.computeIfAbsent(2L, k -> new HashMap<>()).put(0, new TranslatedSegment(2, 0, "", "Yoon Suk-yeol added."));
        Suggestion s = EnglishSuggester.suggest(c, tr).orElseThrow();
        assertEquals("Yoon Suk Yeol", s.english());
        assertEquals(Suggestion.Basis.CORPUS, s.basis());
        assertEquals(2, s.seen());
        assertEquals(3, s.translatedOccurrences());
        assertEquals(List.of(new Occurrence(1, 0, 0, 13), new Occurrence(1, 1, 0, 13)), s.evidence());
    }

    @Test
    void memoryUnitsSuggestTheMostFrequentEnglishWhenNoSegmentIsTranslated() {
        Candidate c = new Candidate(Kind.PERSON, "Prabowo Subianto", "prabowo subianto",
                List.of(new Occurrence(1, 0, 0, 16)), Coverage.NONE, "", List.of(), "");
        List<MemoryPair> units = List.of(
                new MemoryPair(7, "Prabowo Subianto tiba.", "Prabowo Subianto arrived."),
                new MemoryPair(8, "Kata Prabowo Subianto.", "said Prabowo Subianto."),
                new MemoryPair(9, "Prabowo Subianto menolak.", "He refused."),
                new MemoryPair(10, "Prabowo Subianto", ""));
        Suggestion s = EnglishSuggester.suggestFromMemory(c, units).orElseThrow();
        assertEquals("Prabowo Subianto", s.english());
        assertEquals(Suggestion.Basis.MEMORY, s.basis());
        assertEquals(2, s.seen(), "two units show the name");
        assertEquals(3, s.translatedOccurrences(), "the unit without English is not counted");
        assertTrue(EnglishSuggester.suggestFromMemory(c, List.of(units.get(2))).isEmpty(), "no window, no suggestion");
        Candidate title = new Candidate(Kind.TITLE, "Menteri Pertahanan", "menteri pertahanan",
                List.of(new Occurrence(1, 0, 0, 18)), Coverage.NONE, "", List.of(), "");
        assertEquals("Defence Minister", EnglishSuggester.suggestFromMemory(title, List.of(new MemoryPair(1,
                "Menteri Pertahanan Sjafrie berbicara.", "Defence Minister Sjafrie spoke."))).orElseThrow().english());
    }

    @Test
    void aLearntWordTableWidensTheTitleTable() {
        String english = "Tourism Minister Widiyanti Putri opened the festival.";
        assertEquals("Minister", EnglishSuggester.titleWindow("Menteri Pariwisata", english),
                "the small table does not know Pariwisata");
        EnglishSuggester.Words learnt = w -> w.equals("pariwisata") ? List.of("tourism") : List.of();
        assertEquals("Tourism Minister", EnglishSuggester.titleWindow("Menteri Pariwisata", english, learnt));
    }

    @Test
    void untranslatedTitleGetsTheTableMarkedAsSuch() {
        Candidate c = new Candidate(Kind.TITLE, "Menteri Keuangan", "menteri keuangan",
                List.of(new Occurrence(1, 0, 0, 16)), Coverage.NONE, "", List.of(), "");
        Suggestion s = EnglishSuggester.suggest(c, Map.of()).orElseThrow();
        assertEquals(Suggestion.Basis.TABLE, s.basis());
        assertEquals("Finance Minister", s.english());
        assertEquals(List.of(), s.evidence());
    }

    /**
     * On the seed (its reference translation as the confirmed English): the share of seed glossary persons and
     * titles found in the source whose suggestion is the entry's English or one of its allowed variants. Printed.
     */
    @Test
    void seedSuggestionsAgainstTheGlossary() throws IOException {
        List<GlossaryTerm> glossary;
        try (InputStream in = getClass().getResourceAsStream("/data/seed-glossary.tsv")) {
            assertNotNull(in);
            glossary = GlossaryTable.read(new InputStreamReader(in, StandardCharsets.UTF_8)).terms();
        }
        List<SourceSegment> segments = new ArrayList<>();
        Map<Long, Map<Integer, TranslatedSegment>> translated = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/data/seed-aligned.tsv")) {
            assertNotNull(in);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                int index = segments.size();
                segments.add(new SourceSegment(1, index, cells[1]));
                translated.computeIfAbsent(1L, k -> new HashMap<>()).put(index, new TranslatedSegment(1, index, cells[1], cells[2]));
            }
        }
        List<Candidate> candidates = CandidateExtractor.extract(segments, new Glossary(List.of()));
        int asked = 0;
        int right = 0;
        StringBuilder report = new StringBuilder();
        for (GlossaryTerm t : glossary) {
            if (t.kind() != Kind.PERSON && t.kind() != Kind.TITLE) continue;
            Optional<Candidate> c = candidates.stream().filter(x -> x.kind() == t.kind() && x.text().equals(t.source())).findFirst();
            if (c.isEmpty()) continue;
            asked++;
            String english = EnglishSuggester.suggest(c.get(), translated).map(Suggestion::english).orElse("(none)");
            List<String> ok = new ArrayList<>(t.variants());
            ok.add(t.target());
            boolean good = ok.stream().anyMatch(e -> e.equalsIgnoreCase(english));
            if (good) right++;
            report.append(String.format(Locale.ROOT, "  %s %-45s → %-40s (glossary: %s)%n", good ? "ok " : "BAD",
                    t.source(), english, t.target()));
        }
        System.out.printf(Locale.ROOT, "suggested English on the seed: %d of %d right (%.3f)%n%s", right, asked,
                asked == 0 ? 0.0 : (double) right / asked, report);
        assertTrue(asked >= 15, "asked " + asked);
        assertTrue(right * 10 >= asked * 6, report.toString());
    }
}
