package org.selaras.terms;

import org.selaras.glossary.GlossaryTerm.Kind;
import org.selaras.text.Chars;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Proposes the English of a candidate from the translations the desk already has. Names (persons,
 * organisations, places) by identical tokens: the window of the English segment whose words are the
 * candidate's words, spelling variants allowed ({@code Yoon Suk-yeol} → {@code Yoon Suk Yeol}). Titles and
 * the words of places by a small translation table: the longest window of the English segment made of the
 * table's English words for the candidate's parts, holding the office word ({@code Menteri Luar Negeri Rusia}
 * → {@code Russian Foreign Minister}). Without any translated occurrence a title gets the table's own
 * rendering, marked {@link Suggestion.Basis#TABLE}. Pure and stateless.
 */
public final class EnglishSuggester {

    /** Indonesian phrase → English words it may come out as (any order in the English). */
    static final Map<String, List<String>> TABLE = table(
            "Menteri", "minister|secretary", "Wakil", "vice|deputy", "Presiden", "president",
            "Perdana Menteri", "prime minister|premier", "Gubernur", "governor", "Bupati", "regent",
            "Wali Kota", "mayor", "Kepala", "head|chief|of|the", "Ketua", "chairman|chair|speaker|head|of|the",
            "Direktur", "director", "Direktur Utama", "president director|chief executive|ceo|of|the",
            "Juru Bicara", "spokesperson|spokesman|spokeswoman|for|of|the", "Panglima", "commander|chief|of|the",
            "Sekretaris", "secretary|of|the", "Sekretaris Jenderal", "secretary general|secretary-general|general",
            "Jenderal", "general", "Kanselir", "chancellor", "Duta Besar", "ambassador|to", "Raja", "king",
            "Ratu", "queen", "Putra Mahkota", "crown prince", "Kapolri", "national police chief|police|chief",
            "Luar Negeri", "foreign|affairs", "Dalam Negeri", "home|interior|affairs", "Keuangan", "finance",
            "Pertahanan", "defence|defense", "Perdagangan", "trade", "Kesehatan", "health", "Pertanian", "agriculture",
            "Pendidikan", "education", "Agama", "religious|religion|affairs", "Koordinator", "coordinating",
            "AS", "us|u.s.|american|united|states|of|the", "Amerika Serikat", "us|u.s.|american|united|states",
            "Rusia", "russian|russia|of", "Ukraina", "ukrainian|ukraine|of", "Korea Selatan", "south korean|south|korea|of",
            "Korea Utara", "north korean|north|korea|of", "Jepang", "japanese|japan|of", "Tiongkok", "chinese|china|of",
            "China", "chinese|china|of", "Inggris", "british|uk|britain|of", "Jerman", "german|germany|of",
            "Prancis", "french|france|of", "Malaysia", "malaysian|malaysia|of", "Indonesia", "indonesian|indonesia|of",
            "Iran", "iranian|iran|of", "Jawa Barat", "west java|of", "Jawa Tengah", "central java|of",
            "Jawa Timur", "east java|of", "Eropa", "european|europe", "Komisi", "commission", "Dewan", "council",
            "Keamanan", "security", "Nasional", "national", "dan", "and", "Badan", "agency|board", "Selatan", "south",
            "Utara", "north", "Timur", "east", "Barat", "west");

    private EnglishSuggester() {
    }

    /** What a word-translation table knows: an Indonesian word (lower case) → its likely English words. */
    public interface Words extends Function<String, List<String>> {
        Words NONE = w -> List.of();
    }

    /** The best suggestion for the candidate, from the translated segments (matched by document and index). */
    public static Optional<Suggestion> suggest(Candidate candidate, Map<Long, Map<Integer, TranslatedSegment>> translated) {
        return suggest(candidate, translated, Words.NONE);
    }

    /**
     * As above; {@code words} widens the title word table with a learnt word-translation table (the aligner's
     * lexicon), so titles whose words the small table lacks are still found in the English.
     */
    public static Optional<Suggestion> suggest(Candidate candidate, Map<Long, Map<Integer, TranslatedSegment>> translated,
                                               Words words) {
        Map<String, List<Occurrence>> votes = new LinkedHashMap<>();
        int translatedOccurrences = 0;
        for (Occurrence o : candidate.occurrences()) {
            TranslatedSegment t = translated.getOrDefault(o.documentId(), Map.of()).get(o.segment());
            if (t == null || t.target().isBlank()) continue;
            translatedOccurrences++;
            String english = window(candidate, t.target(), words);
            if (english != null) votes.computeIfAbsent(english, k -> new ArrayList<>()).add(o);
        }
        String best = null;
        for (Map.Entry<String, List<Occurrence>> e : votes.entrySet()) {
            if (best == null || e.getValue().size() > votes.get(best).size()) best = e.getKey();
        }
        if (best != null) {
            return Optional.of(new Suggestion(best, Suggestion.Basis.CORPUS, votes.get(best).size(),
                    translatedOccurrences, votes.get(best)));
        }
        if (candidate.kind() == Kind.TITLE) {
            String rendered = tableRendering(candidate.text());
            if (rendered != null) {
                return Optional.of(new Suggestion(rendered, Suggestion.Basis.TABLE, 0, translatedOccurrences, List.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * The best suggestion from memory units whose Indonesian holds the candidate (as the memory's phrase search
     * found them), basis {@link Suggestion.Basis#MEMORY}: for the desk's older work and imported or aligned
     * corpora, which have no document segments. {@code seen}: units showing that English; no segment evidence.
     */
    public static Optional<Suggestion> suggestFromMemory(Candidate candidate, List<MemoryPair> units) {
        return suggestFromMemory(candidate, units, Words.NONE);
    }

    /** As above, the title word table widened by {@code words}. */
    public static Optional<Suggestion> suggestFromMemory(Candidate candidate, List<MemoryPair> units, Words words) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        int considered = 0;
        for (MemoryPair u : units) {
            if (u.target().isBlank()) continue;
            considered++;
            String english = window(candidate, u.target(), words);
            if (english != null) votes.merge(english, 1, Integer::sum);
        }
        String best = null;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (best == null || e.getValue() > votes.get(best)) best = e.getKey();
        }
        return best == null ? Optional.empty()
                : Optional.of(new Suggestion(best, Suggestion.Basis.MEMORY, votes.get(best), considered, List.of()));
    }

    /** The candidate's English in one translation: titles by the word table, names by identical tokens. */
    private static String window(Candidate candidate, String english, Words words) {
        String found = candidate.kind() == Kind.TITLE ? titleWindow(candidate.text(), english, words)
                : nameWindow(candidate.text(), english);
        // Korea Utara → North Korea: a place's words may be translated, not copied
        if (found == null && candidate.kind() == Kind.PLACE) found = titleWindow(candidate.text(), english, words);
        return found;
    }

    /** The English window whose words are the name's words (spelling variants allowed), or null. */
    static String nameWindow(String name, String english) {
        String[] words = NearVariants.key(name).split(" ");
        List<int[]> tokens = wordTokens(english, true);
        for (int i = 0; i + words.length <= tokens.size(); i++) {
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                String w = Chars.foldAll(english.substring(tokens.get(i + k)[0], tokens.get(i + k)[1]));
                all = w.equals(words[k]) || w.length() >= 5 && NearVariants.near(w, words[k]);
            }
            if (all) return english.substring(tokens.get(i)[0], tokens.get(i + words.length - 1)[1]);
        }
        // hyphens written together in English (Suk-yeol → Sukyeol): compare compact forms of windows
        String compact = NearVariants.compact(NearVariants.key(name));
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = i; k < tokens.size() && sb.length() < compact.length(); k++) {
                sb.append(Chars.foldAll(english.substring(tokens.get(k)[0], tokens.get(k)[1])));
                if (sb.toString().equals(compact)) return english.substring(tokens.get(i)[0], tokens.get(k)[1]);
            }
        }
        return null;
    }

    /**
     * The longest window of English words that the table allows for the title's parts, holding a word of its
     * first part (the office), trimmed of "of"/"the" at its ends; or null.
     */
    static String titleWindow(String title, String english) {
        return titleWindow(title, english, Words.NONE);
    }

    static String titleWindow(String title, String english, Words words) {
        List<String> parts = parts(title);
        if (parts.isEmpty()) return null;
        java.util.Set<String> allowed = new java.util.HashSet<>();
        java.util.Set<String> head = new java.util.HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            List<String> english4part = new ArrayList<>(TABLE.getOrDefault(parts.get(i), List.of(Chars.foldAll(parts.get(i)))));
            for (String w : parts.get(i).split("\\s+")) {
                for (String e : words.apply(w.toLowerCase(Locale.ROOT))) english4part.add(Chars.foldAll(e));
            }
            for (String e : english4part) {
                for (String w : e.split("[ -]")) {
                    allowed.add(w);
                    if (i == 0 && !w.equals("of") && !w.equals("the")) head.add(w);
                }
            }
        }
        List<int[]> tokens = wordTokens(english, false);
        String best = null;
        int bestLen = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int k = i;
            boolean hasHead = false;
            while (k < tokens.size() && allowed.contains(word(english, tokens.get(k)))) {
                hasHead |= head.contains(word(english, tokens.get(k)));
                k++;
            }
            int s = i;
            int e = k;
            while (s < e && isFiller(word(english, tokens.get(s)))) s++;
            while (e > s && isFiller(word(english, tokens.get(e - 1)))) e--;
            if (hasHead && e - s > bestLen) {
                bestLen = e - s;
                best = english.substring(tokens.get(s)[0], tokens.get(e - 1)[1]);
            }
        }
        return best;
    }

    private static boolean isFiller(String w) {
        return w.equals("of") || w.equals("the") || w.equals("and") || w.equals("for") || w.equals("to");
    }

    private static String word(String text, int[] t) {
        String w = Chars.foldAll(text.substring(t[0], t[1]));
        return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
    }

    /** The title split into table phrases, longest first; a word the table lacks stands for itself (Bapanas). */
    static List<String> parts(String title) {
        String[] words = title.trim().split("\\s+");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < words.length) {
            int len = Math.min(3, words.length - i);
            for (; len > 1; len--) {
                if (TABLE.containsKey(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len)))) break;
            }
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len)));
            i += len;
        }
        return out;
    }

    /** The table's English when no translation shows one: country, portfolio, office (Russian Foreign Minister). */
    static String tableRendering(String title) {
        List<String> parts = parts(title);
        if (parts.isEmpty() || !TABLE.containsKey(parts.get(0))) return null;
        List<String> out = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            List<String> en = TABLE.get(parts.get(i));
            String w = en == null ? parts.get(i) : en.get(0);
            out.add(en == null ? w : capitalise(w));
        }
        return String.join(" ", out);
    }

    private static String capitalise(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.length() <= 3 && w.equals("us") ? "US" : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return sb.toString();
    }

    /** Word tokens of a text as [start, end); with splitHyphens, Suk-Yeol is two. */
    private static List<int[]> wordTokens(String text, boolean splitHyphens) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Chars.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Chars.isWordChar(text.charAt(i)) || !splitHyphens && (text.charAt(i) == '-'
                    || text.charAt(i) == '.' && i + 1 < n && Chars.isWordChar(text.charAt(i + 1))
                    || (text.charAt(i) == '\'' || text.charAt(i) == '’') && i + 1 < n && text.charAt(i + 1) == 's'))) {
                i++;
            }
            out.add(new int[]{s, i});
        }
        return out;
    }

    private static Map<String, List<String>> table(String... pairs) {
        Map<String, List<String>> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], List.of(pairs[i + 1].split("\\|")));
        return Map.copyOf(m);
    }
}
