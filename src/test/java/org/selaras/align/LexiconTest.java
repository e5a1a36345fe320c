package org.selaras.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LexiconTest {

    static final List<Lexicon.Pair> DESK = List.of(
            new Lexicon.Pair("harga beras naik", "rice prices rose"),
            new Lexicon.Pair("harga cabai naik", "chili prices rose"),
            new Lexicon.Pair("harga beras turun", "rice prices fell"),
            new Lexicon.Pair("stok beras aman", "rice stock is secure"),
            new Lexicon.Pair("Presiden Joko Widodo", "President Joko Widodo"));

    @Test
    void emLearnsWordTranslationsFromPairs() {
        Lexicon lex = Lexicon.train(DESK);
        assertEquals("rice", lex.translations("beras").get(0));
        assertEquals("prices", lex.translations("harga").get(0));
        assertEquals("fell", lex.translations("turun").get(0));
        assertTrue(lex.probability("beras", "rice") > 0.5, "t(rice|beras) " + lex.probability("beras", "rice"));
        assertEquals(0, lex.probability("beras", "unknown"));
    }

    @Test
    void tableIsPrunedAndCapped() {
        Lexicon lex = Lexicon.train(DESK);
        for (String w : List.of("harga", "beras", "naik", "turun", "stok", "aman", "presiden")) {
            assertTrue(lex.translations(w).size() <= Lexicon.PER_WORD, w);
            for (String e : lex.translations(w)) assertTrue(lex.probability(w, e) >= Lexicon.MIN_P, w + " " + e);
        }
        assertTrue(lex.entries() > 0 && lex.entries() < 5 * 16, "entries " + lex.entries());
    }

    /** A document's table leans on the desk's: words the document never paired come from the desk table. */
    @Test
    void documentTableFallsBackOnTheDesk() {
        Lexicon desk = Lexicon.train(DESK);
        Lexicon doc = Lexicon.train(List.of(new Lexicon.Pair("banjir merendam rumah", "floods inundated homes"),
                new Lexicon.Pair("banjir di Bandung", "floods in Bandung")), desk);
        assertEquals("floods", doc.translations("banjir").get(0));
        assertEquals("rice", doc.translations("beras").get(0));
        assertEquals(Lexicon.EMPTY, Lexicon.train(List.of()));
    }

    /** The lexical gain prefers the right pairing of two English sentences of equal length. */
    @Test
    void lexicalEvidencePrefersTheTranslation() {
        Lexicon lex = Lexicon.train(DESK);
        List<Sentence> src = List.of(new Sentence("Harga beras turun.", 0));
        List<Sentence> tgt = List.of(new Sentence("Rice prices fell.", 0), new Sentence("Chili stock rose.", 0));
        LexicalEvidence ev = new LexicalEvidence(lex, src, tgt);
        assertTrue(ev.gain(0, 1, 0, 1) > ev.gain(0, 1, 1, 1), ev.gain(0, 1, 0, 1) + " vs " + ev.gain(0, 1, 1, 1));
        assertTrue(ev.gain(0, 1, 0, 1) > 0);
        // loanwords that start alike count without a table
        LexicalEvidence cognates = new LexicalEvidence(Lexicon.EMPTY, List.of(new Sentence("Bantuan logistik provinsi.", 0)),
                List.of(new Sentence("Provincial logistics aid.", 0), new Sentence("Monsoon rainfall flooded Bandung.", 0)));
        assertTrue(cognates.gain(0, 1, 0, 1) > cognates.gain(0, 1, 1, 1));
    }
}
