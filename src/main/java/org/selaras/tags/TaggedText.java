package org.selaras.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tagged form of a segment: its text with each inline code as a numbered tag, {@code {1}} opening,
 * {@code {/1}} closing, {@code {2/}} standing alone: "Kata {1}Joko Widodo{/1} di {2}situs{/2}." Segments keep
 * the plain text as their text (what the glossary, QA, memory and MT read); the tagged form is kept beside it,
 * and a translation of a tagged segment carries the tags. Only the three shapes above are tags.
 */
public final class TaggedText {

    private static final Pattern TAG = Pattern.compile("\\{(/?)(\\d{1,6})(/?)\\}");

    private TaggedText() {
    }

    /** The tags of a text, in order. */
    public static List<Tag> tags(String tagged) {
        List<Tag> out = new ArrayList<>();
        if (tagged == null || tagged.indexOf('{') < 0) return out;
        Matcher m = TAG.matcher(tagged);
        while (m.find()) {
            boolean close = !m.group(1).isEmpty();
            boolean alone = !m.group(3).isEmpty();
            if (close && alone) continue;
            InlineCode.Kind kind = close ? InlineCode.Kind.CLOSE : alone ? InlineCode.Kind.STANDALONE : InlineCode.Kind.OPEN;
            out.add(new Tag(Integer.parseInt(m.group(2)), kind, m.start(), m.end()));
        }
        return out;
    }

    /**
     * The tags that nest: each pair whose opening tag comes before its closing one and crosses no other pair kept,
     * and every standalone tag. A half pair (its other tag lost) or a pair crossing an earlier one is left out, so
     * that a file written from the text closes what it opens.
     */
    public static List<Tag> nested(String tagged) {
        List<Tag> tags = tags(tagged);
        boolean[] keep = new boolean[tags.size()];
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag t = tags.get(i);
            switch (t.kind()) {
                case STANDALONE -> keep[i] = true;
                case OPEN -> open.push(i);
                case CLOSE -> {
                    if (open.stream().noneMatch(o -> tags.get(o).id() == t.id())) break;
                    // pairs opened inside this one and not closed in it are dropped
                    while (tags.get(open.peek()).id() != t.id()) open.pop();
                    keep[open.pop()] = true;
                    keep[i] = true;
                }
            }
        }
        List<Tag> out = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (keep[i]) out.add(tags.get(i));
        }
        return out;
    }

    /** The text without its tags. */
    public static String plain(String tagged) {
        if (tagged == null) return null;
        List<Tag> tags = tags(tagged);
        if (tags.isEmpty()) return tagged;
        StringBuilder sb = new StringBuilder(tagged.length());
        int pos = 0;
        for (Tag t : tags) {
            sb.append(tagged, pos, t.start());
            pos = t.end();
        }
        return sb.append(tagged, pos, tagged.length()).toString();
    }

    /** Whether the text holds at least one tag. */
    public static boolean hasTags(String text) {
        return !tags(text).isEmpty();
    }
}
