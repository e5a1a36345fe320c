package org.selaras.glossary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.selaras.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TermMatcherTest {

    /** Case-insensitive phrases unless written with a leading '=' (case-sensitive). Payload = the phrase. */
    private static TermMatcher<String> matcher(String... phrases) {
        List<TermMatcher.Phrase<String>> list = new ArrayList<>();
        for (String p : phrases) {
            boolean cs = p.startsWith("=");
            String text = cs ? p.substring(1) : p;
            list.add(new TermMatcher.Phrase<>(text, cs, text));
        }
        return TermMatcher.of(list);
    }

    /** Matches as "text@start" joined by " | ". */
    private static String found(TermMatcher<String> m, String text) {
        return m.find(text).stream()
                .map(x -> text.substring(x.start(), x.end()) + "@" + x.start())
                .collect(Collectors.joining(" | "));
    }

    @Test
    void leftmostLongestThenNonOverlapping() {
        TermMatcher<String> m = matcher("Wakil Menteri Luar Negeri", "Menteri Luar Negeri",
                "Menteri Luar Negeri Korea Utara", "Korea Utara");
        assertEquals("Wakil Menteri Luar Negeri@0 | Korea Utara@26",
                found(m, "Wakil Menteri Luar Negeri Korea Utara"));
        assertEquals("Menteri Luar Negeri Korea Utara@4",
                found(m, "dan Menteri Luar Negeri Korea Utara"));
    }

    @ParameterizedTest(name = "{0} in \"{1}\" -> {2}")
    @CsvSource(delimiter = ';', value = {
        "Rusia;Perang Rusia-Ukraina menjadi;Rusia@7",
        "Ukraina;Perang Rusia-Ukraina menjadi;Ukraina@13",
        "Zelenskyy;Zelenskyy’s repeated complaints;Zelenskyy@0",
        "Zelenskyy;Zelenskyy's repeated;Zelenskyy@0",
        "Zelenskyy;Zelenskyyʼs;Zelenskyy@0",
        "Brussel;speaking in Brussels on;''",
        "Zelensky;Zelenskyy said;''",
        "Zelensky;“Zelensky” said;Zelensky@1",
        "=AS;as roda;''",
        "=AS;bahwa AS masih;AS@6",
        "=AS;KASUS;''",
        "Korea Utara;KOREA UTARA;KOREA UTARA@0",
        "U.S.;the U.S.-led coalition;U.S.@4",
        "Putin;Putin2;''",
        "Putin;2Putin;''",
        "Indo-Pasifik;kawasan Indo-Pasifik.;Indo-Pasifik@8",
        "Indo-Pasifik;kawasan Indo Pasifik.;''",
    })
    void wholeWordsOnly(String phrase, String text, String expected) {
        assertEquals(expected, found(matcher(phrase), text));
    }

    @Test
    void combiningMarkIsPartOfTheWord() {
        // "Putin" followed by a combining acute accent is a different word
        assertEquals("", found(matcher("Putin"), "Putin\u0301 said"));
        assertEquals("Café@0", found(matcher("Café"), "Café said"));
    }

    @Test
    void whitespaceInPhraseMatchesAnyWhitespaceRun() {
        TermMatcher<String> m = matcher("Korea Utara", "Mark Rutte");
        String text = "Korea\u00A0Utara dan Mark  \t\nRutte, lalu Korea Utara";
        List<TermMatcher.Match<String>> ms = m.find(text);
        assertEquals(3, ms.size());
        assertEquals("Korea\u00A0Utara", text.substring(ms.get(0).start(), ms.get(0).end()));
        assertEquals("Mark  \t\nRutte", text.substring(ms.get(1).start(), ms.get(1).end()));
        assertEquals("Korea Utara", text.substring(ms.get(2).start(), ms.get(2).end()));
        assertEquals(text.length(), ms.get(2).end());
    }

    @Test
    void caseSensitiveAndInsensitiveTogether() {
        // "US" (the country) case-sensitive, "united states" insensitive, both in one automaton
        TermMatcher<String> m = matcher("=US", "united states", "=NATO");
        assertEquals("US@10 | United States@17", found(m, "Tell us, “US” or United States? nato"));
    }

    @Test
    void samePhraseTwiceCarriesBothPayloads() {
        TermMatcher<String> m = TermMatcher.of(List.of(
                new TermMatcher.Phrase<>("Zelensky", false, "entry 9"),
                new TermMatcher.Phrase<>("zelensky", false, "entry 10")));
        List<TermMatcher.Match<String>> ms = m.find("Zelensky said");
        assertEquals(1, ms.size());
        assertEquals(List.of("entry 9", "entry 10"), ms.get(0).payloads());
    }

    @Test
    void overlappingSuffixesFoundThroughFailureLinks() {
        TermMatcher<String> m = matcher("Dewan Keamanan Nasional", "Keamanan", "Nasional dan Pertahanan");
        assertEquals("Dewan Keamanan Nasional@0 | Keamanan@28",
                found(m, "Dewan Keamanan Nasional dan Keamanan"));
        // "Dewan Keamanan," fails after the comma: Keamanan is reported through the output link
        assertEquals("Keamanan@6 | Nasional dan Pertahanan@16",
                found(m, "Dewan Keamanan, Nasional dan Pertahanan"));
        assertEquals("Dewan Keamanan Nasional@0", found(m, "Dewan Keamanan Nasional dan Pertahanan"));
    }

    @Test
    void blankPhraseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> matcher("  "));
    }

    @Test
    void emptyTextAndNoPhrases() {
        assertEquals(List.of(), matcher("Putin").find(""));
        assertEquals(List.of(), TermMatcher.<String>of(List.of()).find("Putin"));
    }

    /** Fuzz against a naive scan: same matches, offsets in bounds, never throws. */
    @Test
    void agreesWithNaiveScanOnRandomText() {
        String[] words = {"ab", "abc", "b", "bc", "a b", "c", "ab c", "A", "é"};
        Random rnd = new Random(42);
        TermMatcher<String> m = matcher(words);
        String alphabet = "abcAB é-’ \u00A0";
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(30);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String text = sb.toString();
            assertEquals(naive(words, text), found(m, text), "text: [" + text + "]");
        }
    }

    private static String naive(String[] phrases, String text) {
        List<int[]> cands = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            for (String p : phrases) {
                int end = naiveMatchAt(p, text, start);
                if (end < 0) continue;
                boolean before = start == 0 || !Chars.isWordChar(text.codePointBefore(start))
                        || !Chars.isWordChar(p.codePointAt(0));
                boolean after = end == text.length() || !Chars.isWordChar(text.codePointAt(end))
                        || !Chars.isWordChar(p.codePointBefore(p.length()));
                if (before && after) cands.add(new int[] {start, end});
            }
        }
        cands.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        List<String> out = new ArrayList<>();
        int last = 0;
        for (int[] c : cands) {
            if (c[0] < last) continue;
            out.add(text.substring(c[0], c[1]) + "@" + c[0]);
            last = c[1];
        }
        assertTrue(out.stream().distinct().count() == out.size());
        return String.join(" | ", out);
    }

    /** Case-insensitive match of p at start, a space in p matching a whitespace run; returns end or -1. */
    private static int naiveMatchAt(String p, String text, int start) {
        int i = start;
        for (int j = 0; j < p.length(); j++) {
            char want = p.charAt(j);
            if (want == ' ') {
                if (i >= text.length() || !Chars.isSpace(text.charAt(i))) return -1;
                while (i < text.length() && Chars.isSpace(text.charAt(i))) i++;
            } else {
                if (i >= text.length() || Chars.fold(text.charAt(i)) != Chars.fold(want)) return -1;
                i++;
            }
        }
        return i;
    }
}
