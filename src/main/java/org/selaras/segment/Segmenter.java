package org.selaras.segment;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with SRX 2.0 rules. Immutable and thread-safe: the rules are compiled once,
 * every call keeps its state (matchers, break list) in locals.
 *
 * <h2>How the engine works (written by hand, not a port of Okapi or OmegaT)</h2>
 * SRX says: a break may occur at a position between two characters when the first rule (in file order)
 * whose {@code beforebreak} matches text ending exactly there and whose {@code afterbreak} matches text
 * starting exactly there is a {@code break="yes"} rule; {@code break="no"} exceptions win only by coming
 * first; a position that no rule matches is not a break. The engine never runs a regex from every
 * position of the text. Instead:
 * <ol>
 *   <li>When the rules are compiled, {@link RegexShape} derives, for every rule, the set of characters
 *       that can end its {@code beforebreak} and the set that can start its {@code afterbreak}. The union
 *       of the "can end" sets of the <em>break</em> rules is the candidate set: at a position whose
 *       preceding character is not in it, no break rule can match, so there is no break, whatever the
 *       exceptions say. (For our rules: {@code . ? ! …} and closing quotes/brackets.)</li>
 *   <li>A segmentation call scans the paragraph once, char by char, testing each char against that set
 *       (a bit lookup) and the following char against the union of the "can start" sets (whitespace).</li>
 *   <li>Only at those candidates are the rules tried, in order, each first filtered by its own two char
 *       sets. {@code afterbreak} is a {@code lookingAt} on a region starting at the position (transparent,
 *       non-anchoring bounds, so look-arounds, {@code \b} and {@code $} see the whole paragraph).
 *       {@code beforebreak} is checked with a pattern that {@link RegexShape} rewrote for reversed text,
 *       as one anchored {@code lookingAt} on a reversed view of the paragraph: "ends exactly here" becomes
 *       "starts exactly here".</li>
 *   <li>A pattern the analysis cannot handle (back-references, atomic groups, an empty or nullable
 *       {@code beforebreak}...) takes the exact fallback: its char sets count as "any character" and its
 *       {@code beforebreak} is tried with {@code matches()} on regions [s, p] for s = p down to 0. Slow, but
 *       correct; all bundled Indonesian and English rules take the fast path
 *       (see {@code SegmenterRulesTest#bundledRulesTakeTheFastPath}).</li>
 * </ol>
 * The pieces between breaks are trimmed of Unicode whitespace (including NBSP and thin spaces); empty
 * pieces are dropped, so only whitespace lies outside the returned spans.
 */
public final class Segmenter {

    static final String BUNDLED_RULES = "/segmentation/selaras.srx";

    /** Lazy holder: the bundled SRX file is parsed the first time {@link #forLanguage} is called. */
    private static final class Bundled {
        static final SrxDocument DOC = SrxDocument.load(BUNDLED_RULES);
        static final ConcurrentMap<String, Segmenter> BY_RULES = new ConcurrentHashMap<>();
        static final ConcurrentMap<String, Segmenter> BY_TAG = new ConcurrentHashMap<>();
    }

    private final CompiledRule[] rules;
    /** Chars that can end a break rule's beforebreak; null = any (fallback: every position is a candidate). */
    private final RegexShape.CharSet candidateBefore;
    /** Chars that can start a break rule's afterbreak; null = any. */
    private final RegexShape.CharSet candidateAfter;

    private Segmenter(List<SrxDocument.LanguageRule> languageRules, boolean forceFallback) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (SrxDocument.LanguageRule lr : languageRules) {
            int k = 1;
            for (SrxDocument.Rule r : lr.rules()) {
                compiled.add(new CompiledRule(lr.name() + "#" + k++, r, forceFallback));
            }
        }
        this.rules = compiled.toArray(new CompiledRule[0]);
        RegexShape.CharSet before = RegexShape.CharSet.of();
        RegexShape.CharSet after = RegexShape.CharSet.of();
        for (CompiledRule r : rules) {
            if (r.isBreak) {
                before = RegexShape.CharSet.union(before, r.beforeLast);
                after = RegexShape.CharSet.union(after, r.afterFirst);
            }
        }
        this.candidateBefore = before;
        this.candidateAfter = after;
    }

    /**
     * The segmenter for a language with the bundled rules ({@code segmentation/selaras.srx}).
     *
     * @param lang a language code such as "id", "id-ID", "in", "en", "en-US"
     * @throws IllegalArgumentException if the bundled rules have no rules written for the language
     * @throws java.io.UncheckedIOException if the bundled rules file is missing
     */
    public static Segmenter forLanguage(String lang) {
        if (lang == null || lang.isBlank()) throw new IllegalArgumentException("language code is required");
        Segmenter known = Bundled.BY_TAG.get(lang);
        if (known != null) return known;
        SrxDocument doc = Bundled.DOC;
        boolean specific = doc.languageMaps().stream().anyMatch(m -> !m.isCatchAll() && m.matches(lang));
        if (!specific) {
            throw new IllegalArgumentException("no segmentation rules for language '" + lang + "' (supported: id, en)");
        }
        List<SrxDocument.LanguageRule> rules = doc.rulesFor(lang);
        // keyed by the resolved rule names, so "id", "id-ID" and "in" share one instance and the cache
        // cannot grow with arbitrary language tags
        StringBuilder key = new StringBuilder();
        for (SrxDocument.LanguageRule r : rules) key.append(r.name()).append('\n');
        Segmenter seg = Bundled.BY_RULES.computeIfAbsent(key.toString(), k -> new Segmenter(rules, false));
        if (Bundled.BY_TAG.size() < 64) Bundled.BY_TAG.putIfAbsent(lang, seg); // fast look-up for common tags
        return seg;
    }

    /**
     * A segmenter for custom SRX 2.0 rules.
     *
     * @throws IllegalArgumentException if the SRX cannot be read or no languagemap matches {@code lang}
     */
    public static Segmenter fromSrx(InputStream srx, String lang) {
        return fromSrx(srx, lang, false);
    }

    /** As {@link #fromSrx(InputStream, String)}; {@code forceFallback} disables the fast path (tests). */
    static Segmenter fromSrx(InputStream srx, String lang, boolean forceFallback) {
        if (lang == null) throw new IllegalArgumentException("language code is required");
        SrxDocument doc = SrxDocument.parse(srx);
        List<SrxDocument.LanguageRule> lr = doc.rulesFor(lang);
        if (lr.isEmpty()) throw new IllegalArgumentException("no languagemap matches language '" + lang + "'");
        return new Segmenter(lr, forceFallback);
    }

    /** Ids of the compiled rules, in evaluation order ("Indonesian#3" = third rule of that languagerule). */
    List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        for (CompiledRule r : rules) ids.add(r.id);
        return ids;
    }

    /** Ids of the rules that cannot use the fast path (char-set filter and reversed beforebreak). */
    List<String> slowRuleIds() {
        List<String> ids = new ArrayList<>();
        for (CompiledRule r : rules) {
            if (r.beforeLast == null || (r.before != null && r.beforeReversed == null)) ids.add(r.id);
        }
        return ids;
    }

    /**
     * Sentence spans of one paragraph, in order. Offsets are into {@code paragraph}; spans exclude
     * surrounding whitespace; only whitespace lies between and around them. A paragraph of only
     * whitespace gives an empty list.
     */
    public List<Span> segmentParagraph(CharSequence paragraph) {
        String s = paragraph.toString();
        int n = s.length();
        List<Span> out = new ArrayList<>();
        Matchers ms = null;
        int segStart = 0;
        RegexShape.CharSet cb = candidateBefore;
        RegexShape.CharSet ca = candidateAfter;
        for (int p = 1; p < n; p++) {
            if (cb != null && !cb.contains(s.charAt(p - 1))) continue;
            if (ca != null && !ca.contains(s.charAt(p))) continue;
            if (ms == null) ms = new Matchers(s, rules.length);
            for (int r = 0; r < rules.length; r++) {
                CompiledRule rule = rules[r];
                if (rule.matchesAt(s, p, ms, r)) {
                    if (rule.isBreak) {
                        addTrimmed(s, segStart, p, rule.id, out);
                        segStart = p;
                    }
                    break;
                }
            }
        }
        addTrimmed(s, segStart, n, null, out);
        return out;
    }

    /**
     * Segments of a whole document. Each line (terminated by \n, \r\n or \r) is a paragraph; blank or
     * whitespace-only lines are skipped and get no number; paragraphs are numbered 1..n in order. A
     * leading U+FEFF is ignored. Offsets are within the paragraph (the line).
     */
    public List<SegmentSpan> segmentText(CharSequence text) {
        String s = text.toString();
        int n = s.length();
        int i = (n > 0 && s.charAt(0) == '\uFEFF') ? 1 : 0;
        List<SegmentSpan> out = new ArrayList<>();
        int para = 0;
        while (i <= n) {
            int end = i;
            while (end < n && s.charAt(end) != '\n' && s.charAt(end) != '\r') end++;
            if (!isBlank(s, i, end)) {
                para++;
                String line = s.substring(i, end);
                for (Span sp : segmentParagraph(line)) {
                    out.add(new SegmentSpan(para, sp.start(), sp.end(), line.substring(sp.start(), sp.end())));
                }
            }
            if (end >= n) break;
            i = (s.charAt(end) == '\r' && end + 1 < n && s.charAt(end + 1) == '\n') ? end + 2 : end + 1;
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Rebuilds a paragraph from its spans and the whitespace around them (OmegaT's glue, for source
     * text). Throws if anything but whitespace lies outside the spans, so it doubles as a check.
     */
    public static String glue(CharSequence paragraph, List<Span> spans) {
        StringBuilder sb = new StringBuilder(paragraph.length());
        int pos = 0;
        for (Span sp : spans) {
            appendGap(paragraph, pos, sp.start(), sb);
            sb.append(paragraph, sp.start(), sp.end());
            pos = sp.end();
        }
        appendGap(paragraph, pos, paragraph.length(), sb);
        return sb.toString();
    }

    private static void appendGap(CharSequence p, int from, int to, StringBuilder sb) {
        if (to < from) throw new IllegalArgumentException("spans overlap or are out of order at " + from);
        for (int i = from; i < to; i++) {
            if (!isWhitespace(p.charAt(i))) throw new IllegalArgumentException("non-whitespace outside spans at " + i);
        }
        sb.append(p, from, to);
    }

    /** Unicode whitespace, including no-break and thin spaces. */
    static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) if (!isWhitespace(s.charAt(i))) return false;
        return true;
    }

    private static void addTrimmed(String s, int from, int to, String ruleId, List<Span> out) {
        while (from < to && isWhitespace(s.charAt(from))) from++;
        while (to > from && isWhitespace(s.charAt(to - 1))) to--;
        if (from < to) out.add(new Span(from, to, ruleId));
    }

    // ------------------------------------------------------------------ per-call state

    /** Matchers of one call, created on first use. Never shared between calls. */
    private static final class Matchers {
        final String text;
        final CharSequence reversed;
        final Matcher[] before;
        final Matcher[] beforeReversed;
        final Matcher[] after;

        Matchers(String text, int rules) {
            this.text = text;
            this.reversed = new ReversedText(text);
            this.before = new Matcher[rules];
            this.beforeReversed = new Matcher[rules];
            this.after = new Matcher[rules];
        }

        static Matcher prepare(Matcher m) {
            return m.useTransparentBounds(true).useAnchoringBounds(false);
        }
    }

    /**
     * The paragraph read backwards by code point (a surrogate pair keeps its order), so a pattern rewritten
     * for reversed text can check "matches ending at p" as "matches starting at n - p".
     */
    private static final class ReversedText implements CharSequence {
        private final String s;
        private final int n;

        ReversedText(String s) {
            this.s = s;
            this.n = s.length();
        }

        @Override public int length() { return n; }

        @Override public char charAt(int j) {
            int k = n - 1 - j;
            char c = s.charAt(k);
            if (Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(s.charAt(k - 1))) return s.charAt(k - 1);
            if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) return s.charAt(k + 1);
            return c;
        }

        @Override public CharSequence subSequence(int start, int end) {
            StringBuilder sb = new StringBuilder(end - start);
            for (int j = start; j < end; j++) sb.append(charAt(j));
            return sb.toString();
        }

        @Override public String toString() { return subSequence(0, n).toString(); }
    }

    /** One SRX rule, compiled: patterns plus the char sets of {@link RegexShape}. */
    private static final class CompiledRule {
        final String id;
        final boolean isBreak;
        final Pattern before;          // null = empty beforebreak (matches everywhere)
        final Pattern beforeReversed;  // null = use the exact fallback
        final RegexShape.CharSet beforeLast; // null = any
        final Pattern after;           // null = empty afterbreak
        final RegexShape.CharSet afterFirst; // null = any

        CompiledRule(String id, SrxDocument.Rule r, boolean forceFallback) {
            this.id = id;
            this.isBreak = r.isBreak();
            if (r.beforeBreak().isEmpty()) {
                before = null;
                beforeReversed = null;
                beforeLast = null;
            } else {
                RegexShape shape = RegexShape.of(r.beforeBreak());
                before = Pattern.compile(r.beforeBreak(), RegexShape.BASE_FLAGS);
                beforeReversed = forceFallback || shape.reversed() == null ? null
                        : Pattern.compile(shape.reversed(), RegexShape.BASE_FLAGS);
                beforeLast = forceFallback ? null : shape.lastChars();
            }
            if (r.afterBreak().isEmpty()) {
                after = null;
                afterFirst = null;
            } else {
                after = Pattern.compile(r.afterBreak(), RegexShape.BASE_FLAGS);
                afterFirst = forceFallback ? null : RegexShape.of(r.afterBreak()).firstChars();
            }
        }

        /** Does this rule match at position p (0 < p < length)? */
        boolean matchesAt(String s, int p, Matchers ms, int idx) {
            if (beforeLast != null && !beforeLast.contains(s.charAt(p - 1))) return false;
            if (afterFirst != null && !afterFirst.contains(s.charAt(p))) return false;
            int n = s.length();
            if (after != null) {
                Matcher m = ms.after[idx];
                if (m == null) m = ms.after[idx] = Matchers.prepare(after.matcher(s));
                m.region(p, n);
                if (!m.lookingAt()) return false;
            }
            if (before == null) return true;
            if (beforeReversed != null) {
                Matcher m = ms.beforeReversed[idx];
                if (m == null) m = ms.beforeReversed[idx] = Matchers.prepare(beforeReversed.matcher(ms.reversed));
                m.region(n - p, n);
                return m.lookingAt();
            }
            Matcher m = ms.before[idx];
            if (m == null) m = ms.before[idx] = Matchers.prepare(before.matcher(s));
            for (int start = p; start >= 0; start--) {
                m.region(start, p);
                if (m.matches()) return true;
            }
            return false;
        }
    }
}
