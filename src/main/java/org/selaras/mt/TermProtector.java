package org.selaras.mt;

import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.TermMatcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * Glossary term protection around an engine call: {@link #prepare} replaces the glossary terms of each
 * segment by placeholders and collects the hints; {@link #finish} puts the preferred English back.
 * Pure and thread-safe.
 *
 * <p>Which terms: for an English target every active term; for another target (e.g. "ms") only people,
 * whose names are written the same way (the glossary is Indonesian → English: its titles are English).
 */
public final class TermProtector {

    /** One protected occurrence: placeholder number n stands for {@code term}. */
    public record Slot(int n, String source, GlossaryTerm term) {
    }

    /** One segment as sent: its text with placeholders, and what they stand for. */
    public record Protected(String original, String text, List<Slot> slots) {
    }

    /** What goes to the engine for a list of segments. */
    public record Batch(Placeholder style, List<Protected> segments, List<TermHint> hints) {
        public List<String> texts() {
            return segments.stream().map(Protected::text).toList();
        }
    }

    /**
     * A translation with the terms put back. {@code terms} are the English terms inserted, in order;
     * {@code lost} the ones whose placeholder the engine dropped (the QA check will report them).
     */
    public record Result(String text, List<String> terms, List<String> lost) {
    }

    private final TermMatcher<GlossaryTerm> matcher;
    private final Predicate<GlossaryTerm> protect;

    public TermProtector(TermMatcher<GlossaryTerm> matcher, Predicate<GlossaryTerm> protect) {
        this.matcher = matcher;
        this.protect = protect;
    }

    /** All terms for an English target, only people otherwise. */
    public static TermProtector forTarget(TermMatcher<GlossaryTerm> matcher, String targetLang) {
        boolean english = targetLang == null || targetLang.toLowerCase(Locale.ROOT).startsWith("en");
        return new TermProtector(matcher, english ? t -> true : t -> t.kind() == GlossaryTerm.Kind.PERSON);
    }

    public Batch prepare(List<String> sources, Placeholder style) {
        List<Protected> out = new ArrayList<>(sources.size());
        Map<String, TermHint> hints = new LinkedHashMap<>();
        for (String source : sources) {
            Protected p = protect(source, style);
            out.add(p);
            for (Slot s : p.slots()) {
                hints.putIfAbsent(s.source().toLowerCase(Locale.ROOT),
                        new TermHint(s.source(), s.term().target(), s.term().kind().name().toLowerCase(Locale.ROOT)));
            }
        }
        return new Batch(style, List.copyOf(out), List.copyOf(hints.values()));
    }

    public Protected protect(String source, Placeholder style) {
        List<Slot> slots = new ArrayList<>();
        StringBuilder text = new StringBuilder(source.length() + 16);
        int at = 0;
        for (TermMatcher.Match<GlossaryTerm> m : matcher.find(source)) {
            GlossaryTerm term = m.payloads().stream().filter(protect).findFirst().orElse(null);
            if (term == null) continue;
            text.append(outbound(source.substring(at, m.start()), style));
            int n = slots.size() + 1;
            slots.add(new Slot(n, source.substring(m.start(), m.end()), term));
            text.append(style.write(n));
            at = m.end();
        }
        text.append(outbound(source.substring(at), style));
        return new Protected(source, text.toString(), List.copyOf(slots));
    }

    public List<Result> finish(Batch batch, List<String> translations) {
        if (translations.size() != batch.segments().size()) {
            throw new IllegalArgumentException("expected " + batch.segments().size() + " translations, got "
                    + translations.size());
        }
        List<Result> out = new ArrayList<>(translations.size());
        for (int i = 0; i < translations.size(); i++) {
            out.add(restore(batch.segments().get(i), translations.get(i), batch.style()));
        }
        return out;
    }

    public Result restore(Protected p, String translation, Placeholder style) {
        String t = translation == null ? "" : translation;
        Matcher m = style.pattern().matcher(t);
        StringBuilder text = new StringBuilder(t.length() + 32);
        List<String> terms = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        int at = 0;
        while (m.find()) {
            int n = Placeholder.number(m);
            if (n < 1 || n > p.slots().size()) continue; // not ours: leave it as the engine wrote it
            text.append(inbound(t.substring(at, m.start()), style));
            String english = p.slots().get(n - 1).term().target();
            text.append(english);
            terms.add(english);
            seen.add(n);
            at = m.end();
        }
        text.append(inbound(t.substring(at), style));
        List<String> lost = p.slots().stream().filter(s -> !seen.contains(s.n())).map(s -> s.term().target()).toList();
        return new Result(tidy(text.toString()), List.copyOf(terms), lost);
    }

    private static String outbound(String s, Placeholder style) {
        if (!style.markup()) return s;
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String inbound(String s, Placeholder style) {
        if (!style.markup()) return s;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&#39;", "'").replace("&#x27;", "'").replace("&amp;", "&");
    }

    /** Engines sometimes leave a space before punctuation or double spaces around a placeholder. */
    private static String tidy(String s) {
        return s.replaceAll(" {2,}", " ").replaceAll(" ([,.;:!?])", "$1").strip();
    }
}
