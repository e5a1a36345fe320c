package org.selaras.mt;

import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.TermMatcher;
import org.selaras.tags.Tag;
import org.selaras.tags.TaggedText;

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
 * segment (and the tags of a formatted one) by placeholders and collects the hints; {@link #finish} puts the
 * preferred English (and the tags) back.
 * Pure and thread-safe.
 *
 * <p>Which terms: for an English target every active term; for another target (e.g. "ms") only people,
 * whose names are written the same way (the glossary is Indonesian → English: its titles are English).
 */
public final class TermProtector {

    /**
     * One protected occurrence: placeholder number n stands for {@code term}, or, with no term, for the tag
     * {@code source} of a formatted segment ({@code {1}}, {@code {/1}}, {@code {2/}}), which comes back as it is.
     * {@code glued} says on which side the tag touched a word (1 left, 2 right), so that the spaces a
     * rule-based engine needs around a token can go again.
     */
    public record Slot(int n, String source, GlossaryTerm term, int glued) {
        public Slot(int n, String source, GlossaryTerm term) {
            this(n, source, term, 0);
        }

        /** What goes back in place of the placeholder. */
        public String replacement() {
            return term == null ? source : term.target();
        }
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
                if (s.term() == null) continue;
                hints.putIfAbsent(s.source().toLowerCase(Locale.ROOT),
                        new TermHint(s.source(), s.term().target(), s.term().kind().name().toLowerCase(Locale.ROOT)));
            }
        }
        return new Batch(style, List.copyOf(out), List.copyOf(hints.values()));
    }

    /**
     * The text as it goes to the engine: glossary terms and, in a formatted segment, its tags replaced by
     * numbered placeholders (terms are looked for in the text without its tags; a tag inside a term follows it).
     */
    public Protected protect(String source, Placeholder style) {
        List<Tag> tags = TaggedText.tags(source);
        String plain = tags.isEmpty() ? source : TaggedText.plain(source);
        int[] tagAt = new int[tags.size()];
        int removed = 0;
        for (int i = 0; i < tags.size(); i++) {
            tagAt[i] = tags.get(i).start() - removed;
            removed += tags.get(i).end() - tags.get(i).start();
        }
        List<Slot> slots = new ArrayList<>();
        StringBuilder text = new StringBuilder(source.length() + 16);
        int[] cursor = {0, 0}; // plain offset written so far, next tag
        for (TermMatcher.Match<GlossaryTerm> m : matcher.find(plain)) {
            GlossaryTerm term = m.payloads().stream().filter(protect).findFirst().orElse(null);
            if (term == null || m.start() < cursor[0]) continue;
            writeUpTo(m.start(), plain, tags, tagAt, cursor, slots, text, style);
            int n = slots.size() + 1;
            slots.add(new Slot(n, plain.substring(m.start(), m.end()), term));
            text.append(style.write(n));
            cursor[0] = m.end();
        }
        writeUpTo(plain.length(), plain, tags, tagAt, cursor, slots, text, style);
        return new Protected(source, text.toString(), List.copyOf(slots));
    }

    /** Writes the plain text up to {@code limit} with the tags that stand in it (or were passed by a term). */
    private static void writeUpTo(int limit, String plain, List<Tag> tags, int[] tagAt, int[] cursor, List<Slot> slots,
                                  StringBuilder text, Placeholder style) {
        while (cursor[1] < tags.size() && tagAt[cursor[1]] <= limit) {
            int at = Math.max(cursor[0], tagAt[cursor[1]]);
            text.append(outbound(plain.substring(cursor[0], at), style));
            cursor[0] = at;
            boolean left = at > 0 && !Character.isWhitespace(plain.charAt(at - 1));
            boolean right = at < plain.length() && !Character.isWhitespace(plain.charAt(at));
            int n = slots.size() + 1;
            slots.add(new Slot(n, tags.get(cursor[1]).text(), null, (left ? 1 : 0) | (right ? 2 : 0)));
            // a token needs spaces to stay a word of its own; markup does not
            boolean pad = !style.markup();
            text.append(pad && left ? " " : "").append(style.write(n)).append(pad && right ? " " : "");
            cursor[1]++;
        }
        text.append(outbound(plain.substring(cursor[0], limit), style));
        cursor[0] = limit;
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
            Slot slot = p.slots().get(n - 1);
            text.append(inbound(t.substring(at, m.start()), style));
            if (slot.term() == null && (slot.glued() & 1) != 0) stripTrailingSpace(text);
            text.append(slot.replacement());
            if (slot.term() != null) terms.add(slot.replacement());
            seen.add(n);
            at = m.end();
            if (slot.term() == null && (slot.glued() & 2) != 0) {
                while (at < t.length() && t.charAt(at) == ' ') at++;
            }
        }
        text.append(inbound(t.substring(at), style));
        // a tag the engine dropped is not a term: the tag check reports it, F9 puts it back
        List<String> lost = p.slots().stream().filter(s -> s.term() != null && !seen.contains(s.n()))
                .map(Slot::replacement).toList();
        return new Result(tidy(text.toString()), List.copyOf(terms), lost);
    }

    private static void stripTrailingSpace(StringBuilder sb) {
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
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
