package org.selaras.qa;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selaras.exchange.GlossaryImport;
import org.selaras.exchange.GlossaryTable;
import org.selaras.glossary.GlossaryTerm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The seed article with the seed glossary: the reference English is clean, and broken translations give
 * exactly the expected issues.
 */
class SeedQaTest {

    static List<GlossaryTerm> glossary;
    static List<SegmentPair> reference;
    static QaRunner qa;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SeedQaTest.class.getResourceAsStream("/data/seed-glossary.tsv")) {
            assertNotNull(in);
            GlossaryImport imp = GlossaryTable.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertEquals(List.of(), imp.errors());
            glossary = imp.terms();
        }
        reference = new ArrayList<>();
        try (InputStream in = SeedQaTest.class.getResourceAsStream("/data/seed-aligned.tsv")) {
            assertNotNull(in);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // paragraph, id, en
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                reference.add(new SegmentPair(cells[1], cells[2]));
            }
        }
        qa = QaRunner.standard(glossary);
    }

    @Test
    void referenceHasNoGlossaryIssue() {
        assertEquals(40, reference.size());
        GlossaryCheck check = new GlossaryCheck(glossary);
        List<Issue> issues = new ArrayList<>();
        for (SegmentPair p : reference) issues.addAll(check.check(p));
        assertEquals(List.of(), issues);
    }

    @Test
    void referenceHasNoIssueAtAll() {
        List<String> issues = new ArrayList<>();
        for (SegmentPair p : reference) {
            for (Issue i : qa.run(p)) issues.add(i + " in: " + p.target());
        }
        assertEquals(List.of(), issues);
    }

    private static List<Issue> run(String source, String target) {
        return qa.run(new SegmentPair(source, target));
    }

    private static Issue glossaryIssue(Issue.Severity sev, String term, String expected, String found,
                                       int start, int end, Issue.Side side) {
        return new Issue("glossary", sev, "(any)", term, expected, found, start, end, side);
    }

    /** Compares everything but the message (wording may change; the API shape may not). */
    private static void assertIssues(List<Issue> expected, List<Issue> actual) {
        assertEquals(expected.stream().map(SeedQaTest::shape).toList(), actual.stream().map(SeedQaTest::shape).toList());
    }

    private static String shape(Issue i) {
        return String.join(" | ", i.check(), i.severity().name(), String.valueOf(i.term()),
                String.valueOf(i.expected()), String.valueOf(i.found()), i.start() + ".." + i.end(), i.side().name());
    }

    @Test
    void wrongTitleIsTheForbiddenForm() {
        String src = "Sementara itu, Menteri Luar Negeri AS, Antony Blinken, secara terbuka menyatakan pada "
                + "31 Oktober bahwa setidaknya ada 10.000 tentara Korea Utara yang ditempatkan di Rusia.";
        String tgt = "Meanwhile, US Foreign Minister Antony Blinken said publicly on 31 October that at least "
                + "10,000 North Korean soldiers are stationed in Russia.";
        assertIssues(List.of(glossaryIssue(Issue.Severity.ERROR, "Menteri Luar Negeri AS", "US Secretary of State",
                "US Foreign Minister", 11, 30, Issue.Side.TARGET)), run(src, tgt));
    }

    @Test
    void wrongTitleNotInTheGlossaryIsMissing() {
        String src = "Menteri Luar Negeri AS, Antony Blinken, berkata.";
        String tgt = "America's top diplomat Antony Blinken said.";
        assertIssues(List.of(glossaryIssue(Issue.Severity.ERROR, "Menteri Luar Negeri AS", "US Secretary of State",
                null, 0, 22, Issue.Side.SOURCE)), run(src, tgt));
    }

    @Test
    void oldSpellingOfAName() {
        String src = "Choe Son Hui dan Menteri Luar Negeri Rusia, Sergey Lavrov, melakukan pertemuan pada 1 November.";
        String tgt = "Choe Son Hui and Russian Foreign Minister Sergei Lavrov met on 1 November.";
        assertIssues(List.of(glossaryIssue(Issue.Severity.ERROR, "Sergey Lavrov", "Sergey Lavrov",
                "Sergei Lavrov", 42, 55, Issue.Side.TARGET)), run(src, tgt));
    }

    @Test
    void forbiddenPlaceNameIsAWarning() {
        String src = "Mark Rutte berbicara di Brussel pada tanggal 28 Oktober.";
        String tgt = "Mark Rutte spoke in Brussel on 28 October.";
        assertIssues(List.of(glossaryIssue(Issue.Severity.WARNING, "Brussel", "Brussels", "Brussel", 20, 27,
                Issue.Side.TARGET)), run(src, tgt));
    }

    @Test
    void sourceSpellingOfZelenskyIsForbiddenInTheTarget() {
        String src = "Presiden Korea Selatan, Yoon Suk-yeol, melakukan panggilan darurat dengan Zelensky pada 29 Oktober.";
        String tgt = "South Korean President Yoon Suk-yeol held an emergency call with Zelensky on 29 October.";
        assertIssues(List.of(
                glossaryIssue(Issue.Severity.ERROR, "Zelensky", "Zelenskyy", "Zelensky", 65, 73, Issue.Side.TARGET),
                glossaryIssue(Issue.Severity.ERROR, "Yoon Suk-yeol", "Yoon Suk Yeol", "Yoon Suk-yeol", 23, 36,
                        Issue.Side.TARGET)),
                sortByTerm(run(src, tgt)));
    }

    @Test
    void missingName() {
        String src = "Menteri Pertahanan AS, Lloyd Austin, pada 23 Oktober menyatakan bahwa tentara Pyongyang sedang bersiap.";
        String tgt = "The US Secretary of Defense said on 23 October that Pyongyang’s troops were preparing.";
        assertIssues(List.of(glossaryIssue(Issue.Severity.ERROR, "Lloyd Austin", "Lloyd Austin", null, 23, 35,
                Issue.Side.SOURCE)), run(src, tgt));
    }

    @Test
    void termTwiceInSourceNeedsItTwiceInTarget() {
        String src = "AS dan Inggris menonton, dan AS belum merespons.";
        String tgt = "The US and the UK watched, and Washington has not responded.";
        assertIssues(List.of(glossaryIssue(Issue.Severity.WARNING, "AS", "US", null, 29, 31, Issue.Side.SOURCE)),
                run(src, tgt));
    }

    @Test
    void changedNumberAndMissingPunctuationAlongsideAGlossaryError() {
        String src = "Pemerintahan Biden mengumumkan bantuan sebesar $425 juta kepada Ukraina.";
        String tgt = "The Bidden administration announced $42.5 million in aid to Ukraine";
        List<Issue> issues = run(src, tgt);
        assertEquals(List.of("glossary", "number", "final-punctuation"), issues.stream().map(Issue::check).toList());
        Issue number = issues.get(1);
        assertEquals("$425 million".substring(1), number.expected());
        assertEquals("42.5 million", number.found());
        assertEquals(tgt.indexOf("42.5"), number.start());
    }

    private static List<Issue> sortByTerm(List<Issue> issues) {
        return issues.stream().sorted((a, b) -> b.term().compareTo(a.term())).toList();
    }
}
