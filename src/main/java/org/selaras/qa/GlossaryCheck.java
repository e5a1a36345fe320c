package org.selaras.qa;

import org.selaras.glossary.Glossary;
import org.selaras.glossary.GlossaryTerm.Kind;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.TermMatcher;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names and titles must come out as the glossary says (Okapi's {@code TermChecker} in three steps: find the
 * source terms, find their English forms, report the orphans).
 *
 * <ol>
 *   <li>The source is scanned with a {@link TermMatcher} over the Indonesian terms (DEPRECATED entries are
 *       not looked for), leftmost-longest: "Menteri Luar Negeri AS" is one title, not a title plus AS.</li>
 *   <li>The target is scanned with a second matcher over every English form of every entry: preferred,
 *       variants (allowed) and forbidden forms, leftmost-longest too, so "North Korean Foreign Minister"
 *       is the title and not also "North Korean". An English form is case-sensitive when its entry is, or
 *       when it is itself a short all-capitals form ("US" must not match "us"). An allowed form ending in
 *       a lower-case letter also matches its English plural with "s" ("warga Rusia" → "Russians", variant
 *       "Russian"); forbidden forms match only as written.</li>
 *   <li>Counting rule: an entry found n times in the source needs n allowed forms in the target. Each
 *       forbidden form of a found entry in the target is one issue (expected = preferred, found = the
 *       forbidden form, offsets in the target) and takes the place of one missing occurrence, so a wrong
 *       title is reported once, not also as missing. Whatever is still short is reported as missing, at the
 *       offsets of the last unmatched occurrences in the source. One target form may satisfy several
 *       entries ("US" counts for both AS and Amerika Serikat).</li>
 * </ol>
 * Severity by kind: ERROR for PERSON and TITLE, WARNING for the rest, unless a map says otherwise.
 */
public final class GlossaryCheck implements QaCheck {

    public static final String ID = "glossary";

    /** ERROR for people and titles, WARNING for everything else. */
    public static final Map<Kind, Issue.Severity> DEFAULT_SEVERITY = defaults();

    private final List<GlossaryTerm> terms;
    private final Map<Kind, Issue.Severity> severity;
    private final TermMatcher<GlossaryTerm> sourceMatcher;
    private final TermMatcher<TargetForm> targetMatcher;
    private final Map<GlossaryTerm, Integer> indexByTerm = new IdentityHashMap<>(); // filled once, then read-only

    /** One English form of entry number {@code entry}; allowed or forbidden. */
    private record TargetForm(int entry, boolean allowed) {
    }

    public GlossaryCheck(List<GlossaryTerm> glossary) {
        this(new Glossary(glossary), DEFAULT_SEVERITY);
    }

    public GlossaryCheck(List<GlossaryTerm> glossary, Map<Kind, Issue.Severity> severity) {
        this(new Glossary(glossary), severity);
    }

    /** Kinds missing from {@code severity} are WARNING. */
    public GlossaryCheck(Glossary glossary, Map<Kind, Issue.Severity> severity) {
        this.terms = glossary.inUse();
        EnumMap<Kind, Issue.Severity> s = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) s.put(k, severity.getOrDefault(k, Issue.Severity.WARNING));
        this.severity = Map.copyOf(s);
        List<TermMatcher.Phrase<TargetForm>> tgt = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            GlossaryTerm t = terms.get(i);
            indexByTerm.put(t, i);
            for (String form : t.allowedForms()) {
                tgt.add(targetPhrase(t, form, new TargetForm(i, true)));
                if (Character.isLowerCase(form.charAt(form.length() - 1))) {
                    tgt.add(targetPhrase(t, form + "s", new TargetForm(i, true))); // plural: "warga Rusia" → "Russians"
                }
            }
            for (String form : t.forbidden()) tgt.add(targetPhrase(t, form, new TargetForm(i, false)));
        }
        this.sourceMatcher = glossary.sourceMatcher();
        this.targetMatcher = TermMatcher.of(tgt);
    }

    private static TermMatcher.Phrase<TargetForm> targetPhrase(GlossaryTerm t, String form, TargetForm payload) {
        return new TermMatcher.Phrase<>(form, t.caseSensitive() || GlossaryTerm.defaultCaseSensitive(form), payload);
    }

    /** The source-side matcher (Indonesian terms of the active entries), e.g. for highlighting. */
    public TermMatcher<GlossaryTerm> sourceMatcher() {
        return sourceMatcher;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        List<TermMatcher.Match<GlossaryTerm>> inSource = sourceMatcher.find(pair.source());
        if (inSource.isEmpty()) return List.of();
        // entry index -> its occurrences in the source, in order of first occurrence
        Map<Integer, List<TermMatcher.Match<GlossaryTerm>>> found = new LinkedHashMap<>();
        for (TermMatcher.Match<GlossaryTerm> m : inSource) {
            for (GlossaryTerm t : m.payloads()) {
                found.computeIfAbsent(indexOf(t), k -> new ArrayList<>()).add(m);
            }
        }
        int[] allowed = new int[terms.size()];
        Map<Integer, List<TermMatcher.Match<TargetForm>>> forbidden = new LinkedHashMap<>();
        for (TermMatcher.Match<TargetForm> m : targetMatcher.find(pair.target())) {
            for (TargetForm f : m.payloads()) {
                if (!found.containsKey(f.entry())) continue;
                if (f.allowed()) allowed[f.entry()]++;
                else forbidden.computeIfAbsent(f.entry(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Issue> issues = new ArrayList<>();
        String target = pair.target();
        for (Map.Entry<Integer, List<TermMatcher.Match<GlossaryTerm>>> e : found.entrySet()) {
            GlossaryTerm t = terms.get(e.getKey());
            Issue.Severity sev = severity.get(t.kind());
            List<TermMatcher.Match<TargetForm>> wrong = forbidden.getOrDefault(e.getKey(), List.of());
            for (TermMatcher.Match<TargetForm> w : wrong) {
                String form = target.substring(w.start(), w.end());
                issues.add(new Issue(ID, sev, "'" + form + "' is a forbidden form of '" + t.source()
                        + "': use '" + t.target() + "'", t.source(), t.target(), form, w.start(), w.end(),
                        Issue.Side.TARGET));
            }
            List<TermMatcher.Match<GlossaryTerm>> occurrences = e.getValue();
            int missing = occurrences.size() - allowed[e.getKey()] - wrong.size();
            for (int k = occurrences.size() - missing; k < occurrences.size(); k++) {
                TermMatcher.Match<GlossaryTerm> m = occurrences.get(k);
                issues.add(new Issue(ID, sev, "'" + t.source() + "' is not translated as '" + t.target() + "'"
                        + (t.variants().isEmpty() ? "" : " (also allowed: " + String.join(", ", t.variants()) + ")"),
                        t.source(), t.target(), null, m.start(), m.end(), Issue.Side.SOURCE));
            }
        }
        return issues;
    }

    private int indexOf(GlossaryTerm t) {
        return indexByTerm.get(t); // payloads are the very instances of 'terms'
    }

    private static Map<Kind, Issue.Severity> defaults() {
        EnumMap<Kind, Issue.Severity> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) m.put(k, Issue.Severity.WARNING);
        m.put(Kind.PERSON, Issue.Severity.ERROR);
        m.put(Kind.TITLE, Issue.Severity.ERROR);
        return Map.copyOf(m);
    }

    // ---- examples, against EXAMPLE_GLOSSARY ----

    /** A few seed entries, enough for the examples below. */
    public static final List<GlossaryTerm> EXAMPLE_GLOSSARY = List.of(
            GlossaryTerm.of(1, "Menteri Luar Negeri AS", "US Secretary of State", Kind.TITLE,
                    List.of("U.S. Secretary of State", "Secretary of State"),
                    List.of("US Foreign Minister", "American Foreign Minister")),
            GlossaryTerm.of(2, "AS", "US", Kind.PLACE, List.of("U.S.", "United States", "American"), List.of()),
            GlossaryTerm.of(3, "Sergey Lavrov", "Sergey Lavrov", Kind.PERSON, List.of(), List.of("Sergei Lavrov")),
            GlossaryTerm.of(4, "Zelenskyy", "Zelenskyy", Kind.PERSON, List.of(),
                    List.of("Zelensky", "Zelenskiy", "Zelenskyi")),
            GlossaryTerm.of(5, "Korea Utara", "North Korea", Kind.PLACE, List.of("North Korean", "Pyongyang"),
                    List.of("Northern Korea")),
            GlossaryTerm.of(6, "Brussel", "Brussels", Kind.PLACE, List.of(), List.of("Brussel")),
            new GlossaryTerm(7, "Pak", "Mr", List.of(), List.of(), Kind.OTHER, false,
                    GlossaryTerm.Status.DEPRECATED, "deprecated: never looked for"));

    @Override
    public List<Example> examples() {
        return List.of(
                new Example("Menteri Luar Negeri AS, Antony Blinken, berkata", "US Secretary of State Antony Blinken said"),
                new Example("Menteri Luar Negeri AS berkata", "The U.S. Secretary of State said"),
                new Example("AS dan Korea Utara", "the US and North Korea"),
                new Example("Zelenskyy berkata", "Zelenskyy’s aide said"),
                new Example("tentara Korea Utara", "North Korean soldiers"),
                new Example("warga Korea Utara", "North Koreans"),
                new Example("di Brussel", "in Brussels"),
                new Example("as roda itu patah", "the axle broke"),
                new Example("Pak Budi", "Budi"),
                new Example("AS, AS dan AS", "the US, the US and the US"),
                new Example("Menteri Luar Negeri AS berkata", "<marker>US Foreign Minister</marker> said"),
                new Example("Sergey Lavrov berkata", "<marker>Sergei Lavrov</marker> said"),
                new Example("<marker>Sergey Lavrov</marker> berkata", "The Russian minister said"),
                new Example("Zelenskyy berkata", "<marker>Zelensky</marker> said"),
                new Example("di Brussel", "in <marker>Brussel</marker>"),
                new Example("AS dan <marker>AS</marker>", "the US and us"),
                new Example("<marker>Korea Utara</marker> dan AS", "Korea and the US"),
                new Example("Korea Utara", "<marker>Northern Korea</marker>"));
    }
}
