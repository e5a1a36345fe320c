package org.selaras.terms;

import org.selaras.glossary.Glossary;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.GlossaryTerm.Kind;
import org.selaras.text.Chars;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names, titles, organisations and places of Indonesian news text, for the glossary.
 *
 * <p>Two passes over the texts. The first learns what the texts themselves say: acronyms with their
 * expansions ({@code Badan Pangan Nasional (Bapanas)}) and the words that occur in lower case (so a
 * capitalised one at the start of a sentence is an ordinary word). The second splits every text into word
 * tokens, joins capitalised tokens (with particles {@code bin}, {@code van}, {@code von der}…, hyphenated
 * {@code Suk-yeol} and {@code al-Assad}) into runs, and reads each run left to right with a small title
 * grammar: office ({@code Wakil Menteri}) + portfolio ({@code Luar Negeri}) / organisation ({@code Bapanas}) /
 * region ({@code Jawa Barat}) + country ({@code AS}); organisation heads ({@code Badan}, {@code Kementerian});
 * the gazetteer; acronyms; what is left is a person, or a place after {@code di}/{@code ke}/{@code dari}.
 *
 * <p>Hand-written (no regular expressions, one pass over the chars, lexicon lookups by hash of the first
 * token) because it runs over every document of a day on request. Immutable and thread-safe.
 */
public final class CandidateExtractor {

    private static final Phrases OFFICES = new Phrases(Lexicon.OFFICES);
    private static final Phrases PORTFOLIOS = new Phrases(Lexicon.PORTFOLIOS);
    private static final Phrases PLACES = new Phrases(Lexicon.PLACES);
    private static final Phrases ORGANISATIONS = new Phrases(Lexicon.ORGANISATIONS);

    /** What the first pass learnt from all the texts. */
    public record Context(Map<String, String> acronyms, Phrases expansions, Set<String> lowerCaseWords) {
    }

    /** The first pass over some texts. */
    public static Context learn(Iterable<String> texts) {
        Map<String, String> acronyms = new HashMap<>();
        Set<String> lower = new HashSet<>();
        for (String text : texts) {
            List<Token> ts = tokenize(text);
            for (int i = 0; i < ts.size(); i++) {
                Token t = ts.get(i);
                if (!t.cap) lower.add(Chars.foldAll(t.text));
                if (t.start > 0 && text.charAt(t.start - 1) == '(' && t.end < text.length()
                        && text.charAt(t.end) == ')' && acronymLike(t.text) && i > 0) {
                    String expansion = expansionBefore(text, ts, i);
                    if (!expansion.isEmpty()) acronyms.putIfAbsent(t.text, expansion);
                }
            }
        }
        return new Context(Map.copyOf(acronyms), new Phrases(new ArrayList<>(acronyms.values())), Set.copyOf(lower));
    }

    private static boolean acronymLike(String s) {
        int upper = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return Character.isUpperCase(s.charAt(0)) && (upper >= 2 || s.length() <= 10) && s.length() >= 2;
    }

    /** The capitalised run right before "(" at token i, without a leading office or ordinary words. */
    private static String expansionBefore(String text, List<Token> ts, int i) {
        int end = i - 1;
        if (end < 0 || !joined(text, ts.get(end), ts.get(i), true)) return "";
        int start = end;
        while (start - 1 >= 0 && joined(text, ts.get(start - 1), ts.get(start), false)
                && (ts.get(start - 1).cap || isConnector(ts.get(start - 1).text))) {
            start--;
        }
        while (start <= end && (!ts.get(start).cap || Lexicon.NOT_NAMES.contains(ts.get(start).text)
                && !Lexicon.ORGANISATION_HEADS.contains(ts.get(start).text))) {
            start++;
        }
        int office = OFFICES.match(ts, start, end);
        if (office > 0 && start + office <= end) start += office;
        if (start > end || end - start < 1 && !Lexicon.ORGANISATION_HEADS.contains(ts.get(start).text)) {
            return end - start == 0 && start <= end ? text.substring(ts.get(start).start, ts.get(end).end) : "";
        }
        return text.substring(ts.get(start).start, ts.get(end).end);
    }

    private static boolean isConnector(String s) {
        return s.equals("dan") || s.equals("untuk") || s.equals("dan/atau");
    }

    /** The spans of one text, learning from that text alone. */
    public static List<Span> find(String text) {
        return find(text, learn(List.of(text)));
    }

    /** The spans of one text, in text order, not overlapping. */
    public static List<Span> find(String text, Context context) {
        List<Token> ts = tokenize(text);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            Token t = ts.get(i);
            if (!t.cap) {
                i++;
                continue;
            }
            int j = runEnd(text, ts, i);
            classify(text, ts, i, j, context, out);
            i = j + 1;
        }
        return out;
    }

    /** Last token of the capitalised run starting at i. */
    private static int runEnd(String text, List<Token> ts, int i) {
        int j = i;
        boolean organisation = Lexicon.ORGANISATION_HEADS.contains(ts.get(i).text);
        while (j + 1 < ts.size() && joined(text, ts.get(j), ts.get(j + 1), false)) {
            Token next = ts.get(j + 1);
            if (next.cap) {
                j++;
                organisation |= Lexicon.ORGANISATION_HEADS.contains(next.text);
                continue;
            }
            if (Lexicon.PARTICLES.contains(next.text)) {
                // von der Leyen, bin Salman: particles, then a capitalised word
                int k = j + 1;
                while (k + 1 < ts.size() && Lexicon.PARTICLES.contains(ts.get(k).text)
                        && joined(text, ts.get(k), ts.get(k + 1), false)) {
                    k++;
                }
                if (k < ts.size() && ts.get(k).cap && k > j + 1 && joined(text, ts.get(k - 1), ts.get(k), false)) {
                    j = k;
                    continue;
                }
                break;
            }
            if (j + 2 < ts.size() && joined(text, next, ts.get(j + 2), false) && ts.get(j + 2).cap
                    && isConnector(next.text) && (organisation || portfolioAround(ts, j, j + 2))) {
                j += 2;
                organisation |= Lexicon.ORGANISATION_HEADS.contains(ts.get(j).text);
                continue;
            }
            break;
        }
        // Badan Meteorologi, Klimatologi, dan Geofisika; Pendidikan Tinggi, Sains, dan Teknologi: a list
        // closed by "dan" inside an organisation or a portfolio, the commas notwithstanding
        int list = listEnd(text, ts, j);
        if (list > j && (organisation || portfolioAround(ts, j, list))) return runEnd(text, ts, list);
        return j;
    }

    /** Last token of ", B, dan C" (or ", B dan C") after token j, or -1. */
    private static int listEnd(String text, List<Token> ts, int j) {
        int k = j;
        boolean comma = false;
        while (k + 1 < ts.size() && commaJoined(text, ts.get(k), ts.get(k + 1))) {
            comma = true;
            Token next = ts.get(k + 1);
            if (next.cap) {
                k++;
            } else if (next.text.equals("dan") && k + 2 < ts.size() && joined(text, next, ts.get(k + 2), false)
                    && ts.get(k + 2).cap) {
                return k + 2;
            } else {
                return -1;
            }
        }
        if (comma && k + 2 < ts.size() && joined(text, ts.get(k), ts.get(k + 1), false)
                && ts.get(k + 1).text.equals("dan") && joined(text, ts.get(k + 1), ts.get(k + 2), false)
                && ts.get(k + 2).cap) {
            return k + 2;
        }
        return -1;
    }

    /** Whether only a comma and spaces stand between a and b. */
    private static boolean commaJoined(String text, Token a, Token b) {
        int commas = 0;
        for (int k = a.end; k < b.start; k++) {
            char c = text.charAt(k);
            if (c == ',') commas++;
            else if (!Chars.isSpace(c)) return false;
        }
        return commas == 1;
    }

    /** Whether the words of tokens from..to (punctuation aside) lie inside one known portfolio. */
    private static boolean portfolioAround(List<Token> ts, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) sb.append(k > from ? " " : "").append(ts.get(k).text);
        String words = sb.toString();
        for (String p : PORTFOLIO_WORDS) if (p.contains(words)) return true;
        return false;
    }

    /** The portfolios as plain words (no commas), for {@link #portfolioAround}. */
    private static final List<String> PORTFOLIO_WORDS = Lexicon.PORTFOLIOS.stream()
            .map(p -> p.replace(",", "")).toList();

    /** Whether b follows a with only spaces between (toParen: with spaces and then "(" between). */
    private static boolean joined(String text, Token a, Token b, boolean toParen) {
        if (toParen) {
            for (int k = a.end; k < b.start - 1; k++) if (!Chars.isSpace(text.charAt(k))) return false;
            return text.charAt(b.start - 1) == '(';
        }
        if (b.start == a.end) return false;
        for (int k = a.end; k < b.start; k++) if (!Chars.isSpace(text.charAt(k))) return false;
        return true;
    }

    private static boolean sentenceStart(String text, Token t) {
        for (int k = t.start - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (Chars.isSpace(c)) continue;
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '‘' || c == '“' || c == '"' || c == '\''
                    || c == '(' || c == '—' || c == '-' || c == '–';
        }
        return true;
    }

    private static void classify(String text, List<Token> ts, int i, int j, Context cx, List<Span> out) {
        int p = i;
        boolean placeCue = i > 0 && Lexicon.PLACE_CUES.contains(ts.get(i - 1).text)
                && joined(text, ts.get(i - 1), ts.get(i), false);
        while (p <= j) {
            int office = OFFICES.match(ts, p, j);
            if (office > 0) {
                int q = titleEnd(text, ts, p, office, j, cx);
                out.add(span(text, ts, Kind.TITLE, p, q - 1, ""));
                p = q;
                placeCue = false;
                continue;
            }
            Token t = ts.get(p);
            int known = Math.max(ORGANISATIONS.match(ts, p, j), cx.expansions.match(ts, p, j));
            int place = PLACES.match(ts, p, j);
            if (Lexicon.ORGANISATION_HEADS.contains(t.text) && known == 0 && !(p == j && Lexicon.NOT_NAMES.contains(t.text))) {
                out.add(span(text, ts, Kind.ORGANISATION, p, j, aliasAfter(text, ts, j)));
                return;
            }
            if (known > 0 || place > 0) {
                if (known >= place) {
                    String alias = aliasAfter(text, ts, p + known - 1);
                    if (alias.isEmpty() && known == 1) alias = cx.acronyms.getOrDefault(t.text, "");
                    out.add(span(text, ts, Kind.ORGANISATION, p, p + known - 1, alias));
                    p += known;
                } else {
                    int end = p + place;
                    while (end <= j && Lexicon.COMPASS.contains(ts.get(end).text)) end++;
                    out.add(span(text, ts, Kind.PLACE, p, end - 1, ""));
                    p = end;
                }
                placeCue = false;
                continue;
            }
            if (Lexicon.NOT_NAMES.contains(t.text) || Lexicon.NOT_ACRONYMS.contains(t.text)) {
                placeCue = Lexicon.PLACE_CUES.contains(t.text);
                p++;
                continue;
            }
            if (organisationToken(t.text, cx)) {
                String alias = cx.acronyms.getOrDefault(t.text, "");
                out.add(span(text, ts, Kind.ORGANISATION, p, p, alias));
                p++;
                placeCue = false;
                continue;
            }
            if (placeCompound(t.text)) {
                p++;
                continue;
            }
            if (Lexicon.PLACE_HEADS.contains(t.text) && p < j && ts.get(p + 1).cap
                    && OFFICES.match(ts, p + 1, j) == 0) {
                // Pelabuhan Merak, Sungai Deli, Laut China Selatan: the head and up to two names, then compass points
                int end = Math.min(j, p + 2) + 1;
                if (end - 1 > p + 1 && (OFFICES.match(ts, end - 1, j) > 0 || !ts.get(end - 1).cap)) end--;
                while (end <= j && Lexicon.COMPASS.contains(ts.get(end).text)) end++;
                out.add(span(text, ts, Kind.PLACE, p, end - 1, ""));
                p = end;
                placeCue = false;
                continue;
            }
            int q = p + 1;
            while (q <= j && !stops(ts, q, j, cx)) q++;
            while (q - 1 > p && !ts.get(q - 1).cap) q--;
            boolean single = q == p + 1;
            if (single && p == i && sentenceStart(text, t) && cx.lowerCaseWords.contains(Chars.foldAll(t.text))) {
                p = q;
                continue;
            }
            Span sp = span(text, ts, placeCue ? Kind.PLACE : Kind.PERSON, p, q - 1, "");
            if (single && !placeCue && (p == i && sentenceStart(text, t) || t.text.endsWith("nya"))) {
                sp = new Span(sp.kind(), sp.start(), sp.end(), sp.text(), "", true);
            }
            out.add(sp);
            placeCue = false;
            p = q;
        }
    }

    /** Whether something other than a name starts at q. */
    private static boolean stops(List<Token> ts, int q, int j, Context cx) {
        Token t = ts.get(q);
        if (!t.cap) return false;
        return OFFICES.match(ts, q, j) > 0 || Lexicon.ORGANISATION_HEADS.contains(t.text)
                || ORGANISATIONS.match(ts, q, j) > 0 || cx.expansions.match(ts, q, j) > 0
                || PLACES.match(ts, q, j) > 0 || organisationToken(t.text, cx);
    }

    /** All capitals (NATO, KCNA), a learnt acronym (Bapanas), inner capitals (ETIndonesia) or a domain. */
    private static boolean organisationToken(String s, Context cx) {
        if (Lexicon.NOT_ACRONYMS.contains(s)) return false;
        if (cx.acronyms.containsKey(s)) return true;
        int upper = 0;
        int letters = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '.' && k > 0 && k + 1 < s.length()) return true;
            if (c == '-') return false;
            if (Character.isLetter(c)) letters++;
            if (Character.isUpperCase(c)) upper++;
        }
        return letters >= 2 && upper >= 2;
    }

    /** Rusia-Ukraina: two places joined, an adjective, no term of its own. */
    private static boolean placeCompound(String s) {
        int dash = s.indexOf('-');
        if (dash <= 0) return false;
        return Lexicon.PLACES.contains(s.substring(0, dash)) && Lexicon.PLACES.contains(s.substring(dash + 1));
    }

    /** End (exclusive) of the title whose office word(s) span [p, p+office). */
    private static int titleEnd(String text, List<Token> ts, int p, int office, int j, Context cx) {
        int q = p + office;
        String officeText = text.substring(ts.get(p).start, ts.get(q - 1).end);
        if (q > j) return q;
        if (Lexicon.REGIONAL.contains(officeText)) {
            int place = PLACES.match(ts, q, j);
            if (place > 0) return q + place;
            boolean organisation = ORGANISATIONS.match(ts, q, j) > 0 || cx.expansions.match(ts, q, j) > 0
                    || Lexicon.ORGANISATION_HEADS.contains(ts.get(q).text);
            if (!organisation) return OFFICES.match(ts, q, j) == 0 ? q + 1 : q;
        }
        q += PORTFOLIOS.match(ts, q, j);
        if (q <= j) {
            int known = Math.max(ORGANISATIONS.match(ts, q, j), cx.expansions.match(ts, q, j));
            if (known > 0) {
                q += known;
            } else if (ts.get(q).text.equals("PT") && q + 1 <= j) {
                // PT Pertamina, PT Kereta Api Indonesia: a name after PT, then company words and places
                q += 2;
                while (q <= j) {
                    int place = PLACES.match(ts, q, j);
                    if (place > 0) q += place;
                    else if (Lexicon.COMPANY_WORDS.contains(ts.get(q).text)) q++;
                    else break;
                }
            } else if (organisationToken(ts.get(q).text, cx)) {
                q++;
            } else if (Lexicon.ORGANISATION_HEADS.contains(ts.get(q).text)) {
                // the organisation runs to the end of the run when a comma or the sentence's end follows
                int k = q + 1;
                while (k <= j && !(ts.get(k).cap && PLACES.match(ts, k, j) > 0 && PLACES.match(ts, k, j) == j - k + 1)) k++;
                int head = q;
                if (k > j || PLACES.match(ts, k, j) == j - k + 1) {
                    q = followedByPause(text, ts.get(j)) ? k : Math.min(k, Math.max(q + 3, institutionEnd(ts, q + 1, j)));
                } else {
                    q = k;
                }
                // a list inside the name ends with "dan" and one more word: ... Klimatologi, dan Geofisika
                for (int m = head + 1; m < Math.min(q + 1, j); m++) {
                    if (ts.get(m).text.equals("dan") && m + 1 <= j && ts.get(m + 1).cap) q = Math.max(q, m + 2);
                }
            }
        }
        if (q <= j) q += PORTFOLIOS.match(ts, q, j);
        if (q <= j) q += PLACES.match(ts, q, j);
        return q;
    }

    /**
     * End (exclusive) of an institution's name words from p (Nasional Penanggulangan Bencana, Daerah Metro
     * Jaya), lists with "dan" included; a run made only of them is all name.
     */
    private static int institutionEnd(List<Token> ts, int p, int j) {
        int q = p;
        while (q <= j) {
            int place = PLACES.match(ts, q, j);
            if (place > 0) q += place;
            else if (Lexicon.INSTITUTION_WORDS.contains(ts.get(q).text) || Lexicon.COMPASS.contains(ts.get(q).text)
                    || ts.get(q).text.equals("dan") && q < j) q++;
            else break;
        }
        return q;
    }

    private static boolean followedByPause(String text, Token last) {
        for (int k = last.end; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Chars.isSpace(c)) continue;
            return c == ',' || c == '.' || c == ';' || c == ')' || c == ':';
        }
        return true;
    }

    private static String aliasAfter(String text, List<Token> ts, int last) {
        Token t = ts.get(last);
        int k = t.end;
        while (k < text.length() && Chars.isSpace(text.charAt(k))) k++;
        if (k >= text.length() || text.charAt(k) != '(') return "";
        int close = text.indexOf(')', k);
        if (close < 0 || close - k > 16) return "";
        String inner = text.substring(k + 1, close);
        return acronymLike(inner) ? inner : "";
    }

    private static Span span(String text, List<Token> ts, Kind kind, int from, int to, String alias) {
        int s = ts.get(from).start;
        int e = ts.get(to).end;
        return new Span(kind, s, e, text.substring(s, e), alias, false);
    }

    /** Every candidate of the segments, with its occurrences, its glossary coverage and its variants in the texts. */
    public static List<Candidate> extract(List<SourceSegment> segments, Glossary glossary) {
        Context cx = learn(segments.stream().map(SourceSegment::text).toList());
        Map<String, Builder> byKey = new LinkedHashMap<>();
        List<List<Span>> found = new ArrayList<>(segments.size());
        Set<String> personKeys = new HashSet<>();
        for (SourceSegment s : segments) {
            List<Span> spans = find(s.text(), cx);
            found.add(spans);
            for (Span sp : spans) if (sp.kind() == Kind.PERSON && !sp.weak()) addPersonKeys(personKeys, NearVariants.key(sp.text()));
        }
        if (glossary != null) {
            for (GlossaryTerm t : glossary.inUse()) if (t.kind() == Kind.PERSON) addPersonKeys(personKeys, NearVariants.key(t.source()));
        }
        VariantIndex<String> personIndex = new VariantIndex<>();
        for (String k : personKeys) personIndex.add(k, k);
        for (int n = 0; n < segments.size(); n++) {
            SourceSegment s = segments.get(n);
            for (Span sp : found.get(n)) {
                if (sp.weak() && !knownPerson(personKeys, personIndex, NearVariants.key(sp.text()))) continue;
                String key = NearVariants.key(sp.text());
                Builder b = byKey.computeIfAbsent(sp.kind() + "\u0000" + key, k -> new Builder(sp.kind(), sp.text(), key));
                b.occurrences.add(new Occurrence(s.documentId(), s.index(), sp.start(), sp.end()));
                b.surfaces.add(sp.text());
                if (b.alias.isEmpty()) b.alias = sp.alias();
            }
        }
        reclassifyPersons(byKey, personKeys);
        List<Builder> all = new ArrayList<>(byKey.values());
        // near variants within the texts: same kind, one edit apart (hashed, no comparison of all pairs)
        Map<Kind, VariantIndex<Builder>> byKind = new HashMap<>();
        for (Builder b : all) byKind.computeIfAbsent(b.kind, k -> new VariantIndex<>()).add(b.key, b);
        for (Builder b : all) {
            for (Builder other : byKind.get(b.kind).near(b.key)) if (other != b) b.variants.addAll(other.surfaces);
        }
        GlossaryIndex index = new GlossaryIndex(glossary);
        List<Candidate> out = new ArrayList<>(all.size());
        for (Builder b : all) {
            Set<String> variants = new LinkedHashSet<>(b.variants);
            if (b.surfaces.size() > 1) variants.addAll(b.surfaces);
            variants.remove(b.text);
            GlossaryTerm entry = index.exact(b.text);
            Coverage coverage = Coverage.EXACT;
            if (entry == null) {
                entry = index.near(b.key);
                coverage = entry == null ? Coverage.NONE : Coverage.NEAR;
            }
            out.add(new Candidate(b.kind, b.text, b.key, b.occurrences, coverage,
                    entry == null ? "" : entry.source(), new ArrayList<>(variants), b.alias));
        }
        return out;
    }

    /** The key, or a near variant of it (Zelensky for Zelenskyy), names a person elsewhere. */
    private static boolean knownPerson(Set<String> personKeys, VariantIndex<String> index, String key) {
        return personKeys.contains(key) || !index.near(key).isEmpty();
    }

    private static void addPersonKeys(Set<String> keys, String key) {
        keys.add(key);
        int space = key.lastIndexOf(' ');
        if (space > 0) keys.add(key.substring(space + 1)); // Blinken after Antony Blinken
        int first = key.indexOf(' ');
        if (first > 0) keys.add(key.substring(0, first)); // Yoon after Yoon Suk-yeol
    }

    /** A place found only after di/ke/dari that is a person's name elsewhere (dari Zelenskyy) is that person. */
    private static void reclassifyPersons(Map<String, Builder> byKey, Set<String> personKeys) {
        Set<String> gazetteer = new HashSet<>();
        for (String p : Lexicon.PLACES) gazetteer.add(NearVariants.key(p));
        for (String k : new ArrayList<>(byKey.keySet())) {
            Builder b = byKey.get(k);
            if (b.kind != Kind.PLACE || gazetteer.contains(b.key) || !personKeys.contains(b.key)) continue;
            byKey.remove(k);
            Builder person = byKey.computeIfAbsent(Kind.PERSON + "\u0000" + b.key, x -> new Builder(Kind.PERSON, b.text, b.key));
            person.occurrences.addAll(b.occurrences);
            person.surfaces.addAll(b.surfaces);
        }
    }

    private static final class Builder {
        final Kind kind;
        final String text;
        final String key;
        final List<Occurrence> occurrences = new ArrayList<>();
        final Set<String> surfaces = new LinkedHashSet<>();
        final Set<String> variants = new LinkedHashSet<>();
        String alias = "";

        Builder(Kind kind, String text, String key) {
            this.kind = kind;
            this.text = text;
            this.key = key;
        }
    }

    /** Glossary sources by folded text and in a variant index. */
    private static final class GlossaryIndex {
        final Map<String, GlossaryTerm> exact = new HashMap<>();
        final VariantIndex<GlossaryTerm> variants = new VariantIndex<>();

        GlossaryIndex(Glossary glossary) {
            if (glossary == null) return;
            for (GlossaryTerm t : glossary.inUse()) {
                exact.putIfAbsent(Chars.foldAll(Chars.normaliseSpaces(t.source())), t);
                variants.add(NearVariants.key(t.source()), t);
            }
        }

        GlossaryTerm exact(String text) {
            return exact.get(Chars.foldAll(Chars.normaliseSpaces(text)));
        }

        GlossaryTerm near(String key) {
            Set<GlossaryTerm> found = variants.near(key);
            return found.isEmpty() ? null : found.iterator().next();
        }
    }

    /** A word token: letters and digits, with inner hyphens, apostrophes and dots (Suk-yeol, Ma'ruf, Epochtimes.com). */
    record Token(String text, int start, int end, boolean cap) {
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Chars.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                int c = text.codePointAt(i);
                if (Chars.isWordChar(c)) {
                    i += Character.charCount(c);
                } else if ((c == '-' || c == '\'' || c == '’' || c == '.') && i + 1 < n
                        && Chars.isWordChar(text.codePointAt(i + 1)) && i > start) {
                    i++;
                } else {
                    break;
                }
            }
            String s = text.substring(start, i);
            out.add(new Token(s, start, i, capitalised(s)));
        }
        return out;
    }

    /** Upper-case first letter, or al-/el- before one (al-Assad). */
    private static boolean capitalised(String s) {
        if (Character.isUpperCase(s.codePointAt(0))) return true;
        return (s.startsWith("al-") || s.startsWith("el-")) && s.length() > 3 && Character.isUpperCase(s.charAt(3));
    }

    /** Multi-word lexicon entries matched on tokens, longest first, looked up by their first token. */
    public static final class Phrases {
        private final Map<String, List<String[]>> byFirst = new HashMap<>();

        Phrases(List<String> entries) {
            List<String> sorted = new ArrayList<>(entries);
            sorted.sort((a, b) -> Integer.compare(Lexicon.words(b), Lexicon.words(a)));
            for (String e : sorted) {
                String[] words = tokenize(e).stream().map(Token::text).toArray(String[]::new);
                if (words.length == 0) continue;
                byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            }
        }

        /** Number of tokens of the longest entry starting at token p and ending by token j; 0 if none. */
        int match(List<Token> ts, int p, int j) {
            List<String[]> list = byFirst.get(ts.get(p).text);
            if (list == null) return 0;
            for (String[] words : list) {
                if (p + words.length - 1 > j) continue;
                boolean ok = true;
                for (int k = 1; k < words.length && ok; k++) ok = ts.get(p + k).text.equals(words[k]);
                if (ok) return words.length;
            }
            return 0;
        }
    }
}
