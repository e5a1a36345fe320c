package org.selaras.memory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FuzzyScoreTest {

    /** query | candidate | same context | raw | adjusted | kind | flags */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Presiden Joko Widodo tiba di Jakarta.  | Presiden Joko Widodo tiba di Jakarta.  | true  | 100 | 100 | EXACT | 
            Presiden Joko Widodo tiba di Jakarta.  | Presiden Joko Widodo tiba di Jakarta.  | false | 100 | 100 | FULL  | 
            Dia  pergi   ke pasar.                 | Dia pergi ke pasar.                    | true  | 100 | 100 | EXACT | 
            Presiden Joko Widodo tiba di Jakarta.  | Presiden Joko Widodo tiba di Bandung.  | false | 83  | 83  | FUZZY | 
            Dia pergi ke pasar.                    | Dia pergi ke pasar besar.              | false | 80  | 80  | FUZZY | 
            Dia pergi pulang.                      | Dia datang pulang.                     | false | 66  | 66  | FUZZY | 
            presiden joko widodo tiba di jakarta.  | Presiden Joko Widodo tiba di Jakarta.  | true  | 100 | 99  | FUZZY | CASE
            Presiden Joko Widodo tiba di Jakarta   | Presiden Joko Widodo tiba di Jakarta.  | false | 100 | 100 | FULL  | PUNCTUATION
            "Kami siap," kata dia.                 | Kami siap, kata dia.                   | false | 100 | 100 | FULL  | PUNCTUATION
            Harga naik 5 persen.                   | Harga naik 7 persen.                   | false | 75  | 75  | FUZZY | NUMBERS
            Harga naik 1.250 persen.               | Harga naik 1.250 persen.               | false | 100 | 100 | FULL  | 
            Harga naik 1.250 persen.               | Harga naik 1,250 persen.               | false | 75  | 75  | FUZZY | NUMBERS
            Satu dua                               | tiga empat                             | false | 0   | 0   | FUZZY | 
            Baru-baru ini Korea Utara menembak.    | Baru baru ini korea utara menembak.    | false | 100 | 99  | FUZZY | CASE PUNCTUATION
            """)
    void scores(String query, String candidate, boolean sameContext, int raw, int adjusted, FuzzyScore.Kind kind,
                String flags) {
        FuzzyScore s = FuzzyScore.of(query, candidate, sameContext);
        assertEquals(raw, s.raw(), "raw");
        assertEquals(adjusted, s.adjusted(), "adjusted");
        assertEquals(kind, s.kind(), "kind");
        Set<String> expected = new TreeSet<>(flags == null ? List.of() : Arrays.asList(flags.trim().split("\\s+")));
        Set<String> actual = new TreeSet<>();
        s.flags().forEach(f -> actual.add(f.name()));
        assertEquals(expected, actual, "flags");
    }

    /** OmegaT's formula over tokens: 100·(max(Ls,Lc) − d)/max(Ls,Lc), integer division. */
    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            a b c d e f g h i j | a b c d e f g h i j | 0  | 100
            a b c d e f g h i j | a b c d e f g h i   | 1  | 90
            a b c               | x a b c             | 1  | 75
            a b c               | c b a               | 2  | 33
            a                   | b                   | 1  | 0
            """)
    void omegatFormula(String a, String b, int distance, int similarity) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        assertEquals(distance, TokenDistance.distance(x, y));
        assertEquals(distance, TokenDistance.distance(y, x));
        assertEquals(similarity, TokenDistance.similarity(x, y));
    }

    @Test
    void emptyTexts() {
        assertEquals(100, TokenDistance.similarity(new String[0], new String[0]));
        assertEquals(0, FuzzyScore.of("", "Dia pergi.", false).raw());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Baru-baru ini, harga naik 1.250,5 persen pada 10:30 WIB. | baru baru ini harga naik 1.250,5 persen pada 10:30 wib
            Pandemi COVID-19 di G20.                                 | pandemi covid 19 di g20
            Harganya Rp5.000 (lima ribu).                            | harganya rp5.000 lima ribu
            Kata "Jum'at" dan tahun 2024.                            | kata jum at dan tahun 2024
            """)
    void tokens(String text, String keys) {
        assertEquals(keys, String.join(" ", MemoryTokenizer.keys(text)));
    }

    @Test
    void numbersAreMarked() {
        List<Token> t = MemoryTokenizer.tokenize("Naik 5 persen di G20");
        assertEquals(List.of(false, true, false, false, false), t.stream().map(Token::number).toList());
    }

    @Test
    void wordDiff() {
        assertEquals(List.of(new WordDiff.Op("same", "Presiden Joko Widodo tiba di"), new WordDiff.Op("ins", "Bandung"),
                        new WordDiff.Op("del", "Jakarta")),
                WordDiff.diff("Presiden Joko Widodo tiba di Jakarta.", "Presiden Joko Widodo tiba di Bandung."));
    }

    /**
     * The stored hashes (source, context) are of normalizeSpace's output: its fast path for text with single spaces
     * must give exactly what the regex gives, for every mix of the space characters it knows and a few it does not.
     */
    @Test
    void normalizeSpaceIsTheRegexWithOrWithoutItsFastPath() {
        char[] alphabet = {'a', 'B', '.', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F',
                '\u2003', '\u001F', '\u200B'};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = b.toString();
            String regex = text.strip().replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
            assertEquals(regex, FuzzyScore.normalizeSpace(text),
                    () -> "for " + text.chars().mapToObj(Integer::toHexString).toList());
        }
        assertEquals("", FuzzyScore.normalizeSpace(null));
    }
}
