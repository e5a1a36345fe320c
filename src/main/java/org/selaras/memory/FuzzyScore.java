package org.selaras.memory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How well a memory unit's source matches the text being translated, carried like OmegaT's
 * {@code NearString}: the {@link #raw} score, the {@link #adjusted} score after penalties, the
 * {@link #kind} and the {@link #flags} a translator should look at.
 *
 * <p><b>raw</b> is OmegaT's fuzzy match: {@code 100·(max(Ls, Lc) − d) / max(Ls, Lc)} in integer
 * arithmetic, with {@code d} the token Levenshtein distance between the lower-cased tokens of
 * {@link MemoryTokenizer} (words and numbers; punctuation and spacing are not tokens).
 *
 * <p><b>Penalties</b> (documented in README, "Translation memory"):
 * <ul>
 *   <li>{@link Flag#CASE}: the texts differ in letter case (the case-sensitive distance is larger
 *       than the case-insensitive one): adjusted = raw − 1, so "Presiden" never ties with "presiden";</li>
 *   <li>{@link Flag#PUNCTUATION}: the punctuation differs (e.g. a missing full stop or quote):
 *       the score stays, the flag warns;</li>
 *   <li>{@link Flag#NUMBERS}: the numbers differ (as a multiset): the score stays — the number
 *       token already counts in the distance — and the flag warns the translator to fix them.</li>
 * </ul>
 *
 * <p><b>Kinds</b>: {@link Kind#EXACT} — the same text (spacing aside) in the same context;
 * {@link Kind#FULL} — adjusted 100 (same words and case, possibly another context or other
 * punctuation; OmegaT's "100%"); {@link Kind#FUZZY} — everything else. Context is what
 * {@link #of(String, String, boolean)}'s caller decides; Selaras uses the source texts of the
 * neighbouring segments (see {@code MemoryService}).
 */
public record FuzzyScore(int raw, int adjusted, Kind kind, Set<Flag> flags) {

    public enum Kind {
        EXACT("exact"), FULL("100"), FUZZY("fuzzy");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public enum Flag { CASE, PUNCTUATION, NUMBERS }

    public static FuzzyScore of(String query, String candidate, boolean sameContext) {
        return new Query(query).score(candidate, sameContext);
    }

    /** A text to match, tokenized once and scored against many candidates. Thread-safe. */
    public static final class Query {
        private final String text;
        private final String normalized;
        private final String[] keys;
        private final String[] cased;
        private final String punctuation;
        private final List<String> numbers;

        public Query(String text) {
            this.text = text == null ? "" : text;
            this.normalized = normalizeSpace(this.text);
            List<Token> tokens = MemoryTokenizer.tokenize(this.text);
            this.keys = tokenKeys(tokens, false);
            this.cased = tokenKeys(tokens, true);
            this.punctuation = MemoryTokenizer.punctuation(this.text);
            this.numbers = numbers(tokens);
        }

        public String text() {
            return text;
        }

        public String[] keys() {
            return keys.clone();
        }

        public int tokenCount() {
            return keys.length;
        }

        public FuzzyScore score(String candidate, boolean sameContext) {
            List<Token> tokens = MemoryTokenizer.tokenize(candidate);
            String[] other = tokenKeys(tokens, false);
            int raw = TokenDistance.similarity(keys, other);
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            int adjusted = raw;
            if (!java.util.Arrays.equals(cased, tokenKeys(tokens, true))
                    && TokenDistance.distance(cased, tokenKeys(tokens, true)) > TokenDistance.distance(keys, other)) {
                flags.add(Flag.CASE);
                adjusted = Math.max(0, raw - 1);
            }
            if (!punctuation.equals(MemoryTokenizer.punctuation(candidate))) {
                flags.add(Flag.PUNCTUATION);
            }
            List<String> otherNumbers = numbers(tokens);
            if (!numbers.equals(otherNumbers)) {
                flags.add(Flag.NUMBERS);
            }
            Kind kind;
            if (sameContext && normalized.equals(normalizeSpace(candidate))) {
                kind = Kind.EXACT;
            } else if (adjusted == 100) {
                kind = Kind.FULL;
            } else {
                kind = Kind.FUZZY;
            }
            return new FuzzyScore(raw, adjusted, kind, Set.copyOf(flags));
        }
    }

    private static String[] tokenKeys(List<Token> tokens, boolean cased) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cased ? tokens.get(i).text() : tokens.get(i).key();
        }
        return out;
    }

    private static List<String> numbers(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.number()) {
                out.add(t.key());
            }
        }
        out.sort(null);
        return out;
    }

    /** Collapses runs of white space to one space and trims: "exact" ignores spacing only. */
    public static String normalizeSpace(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        // most sentences have single spaces only: nothing to replace, and an import hashes three texts per unit
        return isCollapsed(s) ? s : SPACES.matcher(s).replaceAll(" ");
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** True when {@link #SPACES} would change nothing: no space but ' ', never two in a row. */
    private static boolean isCollapsed(String s) {
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean isSpace = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '\u00A0' || c == '\u2007' || c == '\u202F';
            if (isSpace && (c != ' ' || space)) {
                return false;
            }
            space = isSpace;
        }
        return true;
    }
}
