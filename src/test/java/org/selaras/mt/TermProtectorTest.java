package org.selaras.mt;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.selaras.exchange.GlossaryTable;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.qa.GlossaryCheck;
import org.selaras.qa.Issue;
import org.selaras.qa.SegmentPair;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Term protection on the seed article with the seed glossary, for both placeholder forms. */
class TermProtectorTest {

    static List<GlossaryTerm> glossary;
    static List<String> sources;
    static GlossaryCheck check;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TermProtectorTest.class.getResourceAsStream("/data/seed-glossary.tsv")) {
            glossary = GlossaryTable.read(new InputStreamReader(in, StandardCharsets.UTF_8)).terms();
        }
        sources = new ArrayList<>();
        try (InputStream in = TermProtectorTest.class.getResourceAsStream("/data/seed-aligned.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) sources.add(line.split("\t", -1)[1]);
            }
        }
        check = new GlossaryCheck(glossary);
    }

    /** A crude "engine": keeps placeholders, upper-cases every other word, and moves the first word last. */
    static String fakeEngine(String text, Placeholder style) {
        Pattern p = style == Placeholder.TOKEN ? Pattern.compile("ZXQ\\d+") : Pattern.compile("<x id=\"\\d+\"/>");
        List<String> tokens = new ArrayList<>();
        Matcher m = p.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) tokens.add(text.substring(at, m.start()).toUpperCase());
            tokens.add(m.group());
            at = m.end();
        }
        if (at < text.length()) tokens.add(text.substring(at).toUpperCase());
        if (tokens.size() > 1) tokens.add(tokens.remove(0));
        return String.join(" ", tokens);
    }

    private static List<Issue> personAndTitleErrors(String source, String target) {
        return check.check(new SegmentPair(source, target)).stream()
                .filter(i -> i.severity() == Issue.Severity.ERROR).toList();
    }

    @Test
    void everyProtectedPersonAndTitlePassesTheGlossaryCheck() {
        TermProtector protector = TermProtector.forTarget(check.sourceMatcher(), "en");
        for (Placeholder style : Placeholder.values()) {
            TermProtector.Batch batch = protector.prepare(sources, style);
            List<String> out = batch.texts().stream().map(t -> fakeEngine(t, style)).toList();
            List<TermProtector.Result> results = protector.finish(batch, out);
            int protectedTerms = 0;
            for (int i = 0; i < sources.size(); i++) {
                TermProtector.Result r = results.get(i);
                assertEquals(List.of(), r.lost(), sources.get(i));
                assertEquals(List.of(), personAndTitleErrors(sources.get(i), r.text()), style + ": " + r.text());
                protectedTerms += batch.segments().get(i).slots().size();
            }
            assertTrue(protectedTerms > 60, "seed terms protected: " + protectedTerms);
        }
    }

    @Test
    void withoutProtectionTheSameEngineBreaksTheGlossary() {
        // proof that the test above tests something: sending the raw text breaks names and titles
        long broken = sources.stream().filter(s -> !personAndTitleErrors(s, s.toUpperCase()).isEmpty()).count();
        assertTrue(broken > 10, "segments with errors: " + broken);
    }

    @Test
    void placeholdersAndRestoring() {
        TermProtector protector = TermProtector.forTarget(check.sourceMatcher(), "en");
        String src = "Pada 25 Oktober, Wakil Menteri Luar Negeri Korea Utara, Kim Jung Kyu & Lavrov <b>";
        TermProtector.Protected token = protector.protect(src, Placeholder.TOKEN);
        assertEquals("Pada 25 Oktober, ZXQ1 ZXQ2, ZXQ3 & ZXQ4 <b>", token.text());
        TermProtector.Protected xml = protector.protect(src, Placeholder.XML);
        assertEquals("Pada 25 Oktober, <x id=\"1\"/> <x id=\"2\"/>, <x id=\"3\"/> &amp; <x id=\"4\"/> &lt;b&gt;", xml.text());
        TermProtector.Result r = protector.restore(xml,
                "On 25 October, <x id=\"2\"></x>'s <x id=\"1\"/> , <x id=\"3\"/> &amp; &lt;b&gt;", Placeholder.XML);
        assertEquals("On 25 October, North Korea's Vice Foreign Minister, Kim Jong Gyu & <b>", r.text());
        assertEquals(List.of("North Korea", "Vice Foreign Minister", "Kim Jong Gyu"), r.terms());
        assertEquals(List.of("Lavrov"), r.lost());
    }

    @Test
    void otherTargetsProtectOnlyPeople() {
        TermProtector protector = TermProtector.forTarget(check.sourceMatcher(), "ms");
        TermProtector.Protected p = protector.protect("Menteri Luar Negeri Rusia, Sergey Lavrov, dan Kim Jung Kyu",
                Placeholder.TOKEN);
        assertEquals("Menteri Luar Negeri Rusia, ZXQ1, dan ZXQ2", p.text());
        assertEquals("Menteri Luar Negeri Rusia, Sergey Lavrov, dan Kim Jong Gyu",
                protector.restore(p, p.text(), Placeholder.TOKEN).text());
        assertFalse(p.slots().isEmpty());
    }

    @Test
    void foreignPlaceholdersAreLeftAlone() {
        TermProtector protector = TermProtector.forTarget(check.sourceMatcher(), "en");
        TermProtector.Protected p = protector.protect("Putin berkata", Placeholder.TOKEN);
        UnaryOperator<String> engine = s -> s.replace("berkata", "said ZXQ7");
        assertEquals("Putin said ZXQ7", protector.restore(p, engine.apply(p.text()), Placeholder.TOKEN).text());
    }
    @Test
    void tagsOfAFormattedSegmentTravelAsPlaceholdersAndComeBackInPlace() {
        TermProtector protector = TermProtector.forTarget(check.sourceMatcher(), "en");
        String src = "Kata {1}Sergey Lavrov{/1} di {2}situs{/2}{3/}";
        TermProtector.Protected token = protector.protect(src, Placeholder.TOKEN);
        // the term is found in the text without tags; a token touching a word gets spaces to stay a word
        assertEquals("Kata ZXQ1 ZXQ2 ZXQ3 di ZXQ4 situs ZXQ5 ZXQ6", token.text());
        assertEquals(List.of("{1}", "{/1}", "{2}", "{/2}", "{3/}"), token.slots().stream()
                .filter(x -> x.term() == null).map(TermProtector.Slot::source).toList());
        TermProtector.Result r = protector.restore(token, "Said ZXQ1 ZXQ2 ZXQ3 on the ZXQ4 website ZXQ5 ZXQ6",
                Placeholder.TOKEN);
        assertEquals("Said {1}Sergey Lavrov{/1} on the {2}website{/2}{3/}", r.text(), "the padding goes again");
        assertEquals(List.of("Sergey Lavrov"), r.terms(), "tags are not terms");

        TermProtector.Protected xml = protector.protect(src, Placeholder.XML);
        assertEquals("Kata <x id=\"1\"/><x id=\"2\"/><x id=\"3\"/> di <x id=\"4\"/>situs<x id=\"5\"/><x id=\"6\"/>",
                xml.text());
        TermProtector.Result moved = protector.restore(xml,
                "On the <x id=\"4\"/>website<x id=\"5\"/>, said <x id=\"1\"/><x id=\"2\"/><x id=\"3\"/><x id=\"6\"/>",
                Placeholder.XML);
        assertEquals("On the {2}website{/2}, said {1}Sergey Lavrov{/1}{3/}", moved.text(), "the engine's order is kept");
        TermProtector.Result dropped = protector.restore(xml, "Said <x id=\"2\"/> on the website", Placeholder.XML);
        assertEquals("Said Sergey Lavrov on the website", dropped.text());
        assertEquals(List.of(), dropped.lost(), "a dropped tag is for the tag check, not a lost term");
    }
}
