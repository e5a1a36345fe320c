package org.selaras.tags;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a translation written for one segment (a memory match) to the tags of another: the match was scored on
 * text alone, but what goes into the target box must carry this segment's tags. The match's own tags are
 * renumbered onto the segment's (a pair around the same words first, then in order); a tag the
 * match lacks is placed where the text shows where it goes (the words it wraps are in the match as they are,
 * as names and numbers are; or it wraps or ends the whole segment); any other stays out, for F9 and the tag
 * check. A segment without tags gets the match's text without tags.
 */
public final class TagFit {

    private TagFit() {
    }

    /** {@code target} with the tags of {@code segmentTagged} (the segment's source in its tagged form). */
    public static String fit(String target, String segmentTagged) {
        List<Tag> want = TaggedText.tags(segmentTagged);
        if (want.isEmpty()) return TaggedText.plain(target);
        String mapped = renumber(target, segmentTagged, want);
        return placeMissing(mapped, segmentTagged, want);
    }

    /**
     * The match's tags as the segment's: a pair around the same words as a pair of the segment (a name) is that
     * pair; the other pairs, and the standalone tags, follow the order when as many are left on both sides.
     * Tags without a counterpart go.
     */
    private static String renumber(String target, String source, List<Tag> want) {
        Map<Integer, Integer> pairMap = new HashMap<>();
        List<Integer> theirs = new ArrayList<>(ids(TaggedText.tags(target), InlineCode.Kind.OPEN));
        List<Integer> ours = new ArrayList<>(ids(want, InlineCode.Kind.OPEN));
        for (Integer id : List.copyOf(theirs)) {
            String words = inner(target, id);
            Integer same = ours.stream().filter(o -> words != null && !words.isBlank() && words.equals(inner(source, o)))
                    .findFirst().orElse(null);
            if (same != null) {
                pairMap.put(id, same);
                theirs.remove(id);
                ours.remove(same);
            }
        }
        if (theirs.size() == ours.size()) {
            for (int i = 0; i < theirs.size(); i++) pairMap.put(theirs.get(i), ours.get(i));
        }
        List<Integer> theirAlone = ids(TaggedText.tags(target), InlineCode.Kind.STANDALONE);
        List<Integer> ourAlone = ids(want, InlineCode.Kind.STANDALONE);
        Map<Integer, Integer> aloneMap = new HashMap<>();
        if (theirAlone.size() == ourAlone.size()) {
            for (int i = 0; i < theirAlone.size(); i++) aloneMap.put(theirAlone.get(i), ourAlone.get(i));
        }
        StringBuilder out = new StringBuilder(target.length());
        int at = 0;
        for (Tag t : TaggedText.tags(target)) {
            out.append(target, at, t.start());
            at = t.end();
            Integer id = t.kind() == InlineCode.Kind.STANDALONE ? aloneMap.get(t.id()) : pairMap.get(t.id());
            if (id != null) out.append(new InlineCode(id, t.kind(), "", "").tag());
        }
        out.append(target, at, target.length());
        // an opening tag whose closing tag the match lacked would dangle: it goes too
        String s = out.toString();
        for (Tag t : TaggedText.tags(s)) {
            if (t.kind() == InlineCode.Kind.OPEN && !s.contains("{/" + t.id() + "}")) s = s.replace(t.text(), "");
        }
        return s;
    }

    /** The words between {@code {id}} and {@code {/id}} without tags, or null. */
    private static String inner(String tagged, int id) {
        String open = "{" + id + "}";
        int from = tagged.indexOf(open);
        int to = from < 0 ? -1 : tagged.indexOf("{/" + id + "}", from);
        return to < 0 ? null : TaggedText.plain(tagged.substring(from + open.length(), to)).strip();
    }

    private static List<Integer> ids(List<Tag> tags, InlineCode.Kind kind) {
        return tags.stream().filter(t -> t.kind() == kind).map(Tag::id).distinct().toList();
    }

    /** Places the segment's tags that the text still lacks where the source shows where they go. */
    private static String placeMissing(String text, String source, List<Tag> want) {
        String plainSource = TaggedText.plain(source);
        String s = text;
        for (Tag t : want) {
            if (s.contains(t.text())) continue;
            if (t.kind() == InlineCode.Kind.OPEN) {
                String close = "{/" + t.id() + "}";
                if (s.contains(close)) continue;
                int end = source.indexOf(close, t.end());
                if (end < 0) continue;
                String inner = TaggedText.plain(source.substring(t.end(), end));
                if (inner.strip().equals(plainSource.strip())) {
                    s = t.text() + s + close; // the pair wraps the whole segment
                } else if (!inner.isBlank()) {
                    int where = freeOccurrence(s, inner);
                    if (where >= 0) s = s.substring(0, where) + t.text() + inner + close + s.substring(where + inner.length());
                }
            } else if (t.kind() == InlineCode.Kind.STANDALONE) {
                if (t.start() == 0) s = t.text() + s;
                else if (t.end() == source.length()) s = s + t.text();
            }
        }
        return s;
    }

    /** The first occurrence of {@code words} in the text that no tag cuts into, or -1. */
    private static int freeOccurrence(String text, String words) {
        List<Tag> tags = TaggedText.tags(text);
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            int from = i;
            int to = i + words.length();
            if (tags.stream().noneMatch(t -> t.start() < to && t.end() > from)) return i;
        }
        return -1;
    }
}
