package org.selaras.align;

import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.TermMatcher;
import org.selaras.qa.NewsNumbers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Anchor evidence for the aligner: things that survive translation unchanged in meaning and so tie a source
 * sentence to its target. Each sentence becomes a sorted array of int keys (hashes); the aligner counts keys
 * found on both sides of a bead.
 * <ul>
 *   <li><b>Numbers</b>, read by value: Indonesian 10.000 / 2,5 / 1,2 juta equal English 10,000 / 2.5 /
 *       1.2 million (ribu/juta/miliar/milyar/triliun ↔ thousand/million/billion/trillion). Clock times
 *       (09.00 ↔ 9:00) are keyed as times. This is a small pure extractor written for alignment (the rules
 *       of {@code org.selaras.qa.NumberCheck}, which keeps its parser private, without its issue reporting).</li>
 *   <li><b>Glossary terms</b> (names and titles): the Indonesian term in the source, its preferred or any
 *       allowed English form in the target, found with {@link TermMatcher}. Deprecated entries are ignored.</li>
 *   <li><b>Quotes</b>: one key per opening ‘ or “ (and per pair of straight double quotes).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class Anchors {

    /** Numbers and quotes only. */
    public static final Anchors NONE_GLOSSARY = new Anchors(List.of());

    private static final int[] EMPTY = new int[0];
    private static final int QUOTE = "q:".hashCode();

    private final TermMatcher<Integer> sourceTerms;
    private final TermMatcher<Integer> targetTerms;

    private Anchors(List<GlossaryTerm> terms) {
        List<TermMatcher.Phrase<Integer>> src = new ArrayList<>();
        List<TermMatcher.Phrase<Integer>> tgt = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            GlossaryTerm t = terms.get(i);
            if (t.status() == GlossaryTerm.Status.DEPRECATED) continue;
            src.add(new TermMatcher.Phrase<>(t.source(), t.caseSensitive(), i));
            for (String form : t.allowedForms()) tgt.add(new TermMatcher.Phrase<>(form, t.caseSensitive(), i));
        }
        sourceTerms = src.isEmpty() ? null : TermMatcher.of(src);
        targetTerms = tgt.isEmpty() ? null : TermMatcher.of(tgt);
    }

    /** Numbers, quotes and the given glossary terms. */
    public static Anchors of(List<GlossaryTerm> terms) {
        return terms == null || terms.isEmpty() ? NONE_GLOSSARY : new Anchors(List.copyOf(terms));
    }

    /** Keys of an Indonesian sentence, sorted (duplicates kept). */
    public int[] source(String text) {
        return keys(text, true);
    }

    /** Keys of an English sentence, sorted (duplicates kept). */
    public int[] target(String text) {
        return keys(text, false);
    }

    /** Readable keys, for tests and debugging: "n:10000", "t:540", "g:3", "q:". */
    public static List<String> describe(String text, boolean indonesian) {
        List<String> out = new ArrayList<>();
        numbers(text, indonesian, out);
        for (int i = 0; i < quotes(text); i++) out.add("q:");
        return out;
    }

    private int[] keys(String text, boolean indonesian) {
        if (text.isEmpty()) return EMPTY;
        List<String> found = new ArrayList<>(4);
        numbers(text, indonesian, found);
        TermMatcher<Integer> terms = indonesian ? sourceTerms : targetTerms;
        int extra = quotes(text);
        List<TermMatcher.Match<Integer>> matches = terms == null ? List.of() : terms.find(text);
        if (found.isEmpty() && extra == 0 && matches.isEmpty()) return EMPTY;
        int[] out = new int[found.size() + extra + matches.size()];
        int k = 0;
        for (String s : found) out[k++] = s.hashCode();
        for (int i = 0; i < extra; i++) out[k++] = QUOTE;
        for (TermMatcher.Match<Integer> m : matches) out[k++] = 31 * m.payload() + 0x5bd1e995; // "g:" + entry
        Arrays.sort(out);
        return out;
    }

    private static int quotes(String text) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '‘' || c == '“' || c == '«' || c == '„') open++;
            else if (c == '"') straight++;
        }
        return open + straight / 2;
    }

    /** Number keys ("n:10000", "t:540") as the number check reads them; spelled-out words are too weak an anchor. */
    private static void numbers(String text, boolean indonesian, List<String> out) {
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) digit = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        if (!digit) return;
        for (NewsNumbers.Num n : NewsNumbers.scan(text, indonesian)) {
            if (!n.spelled()) out.addAll(new java.util.TreeSet<>(n.keys()));
        }
    }
}
