package org.selaras.formats;

import org.selaras.segment.Span;
import org.selaras.tags.InlineCode;
import org.selaras.tags.Tag;
import org.selaras.tags.TaggedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a tagged paragraph where the segmenter cut its plain text, and glues translated pieces back in. A tag at a
 * sentence break goes with the sentence it belongs to: an opening tag with the sentence after it, a closing or
 * standalone tag with the sentence before. What lies between sentences (spaces, tags around them) stays as it is.
 */
public final class TaggedParagraph {

    private final String tagged;
    private final List<Tag> tags;
    /** Where each plain character (and the end) sits in the tagged text. */
    private final int[] at;

    public TaggedParagraph(String tagged) {
        this.tagged = tagged;
        this.tags = TaggedText.tags(tagged);
        String plain = TaggedText.plain(tagged);
        at = new int[plain.length() + 1];
        int p = 0;
        int pos = 0;
        for (Tag t : tags) {
            while (pos < t.start()) at[p++] = pos++;
            pos = t.end();
        }
        while (pos < tagged.length()) at[p++] = pos++;
        at[p] = tagged.length();
    }

    /** The tagged text of each span (offsets into the plain text). */
    public List<String> cut(List<Span> spans) {
        List<String> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(tagged.substring(start(s), end(s)));
        }
        return out;
    }

    /** The paragraph with each span's tagged text replaced by {@code pieces} (same order and count). */
    public String glue(List<Span> spans, List<String> pieces) {
        StringBuilder sb = new StringBuilder(tagged.length() * 2);
        int pos = 0;
        for (int i = 0; i < spans.size(); i++) {
            int start = start(spans.get(i));
            sb.append(tagged, pos, start).append(pieces.get(i));
            pos = end(spans.get(i));
        }
        return sb.append(tagged, pos, tagged.length()).toString();
    }

    private int start(Span s) {
        int pos = at[s.start()];
        for (int i = tags.size() - 1; i >= 0; i--) {
            Tag t = tags.get(i);
            if (t.end() == pos && t.kind() == InlineCode.Kind.OPEN) pos = t.start();
            else if (t.end() < pos) break;
        }
        return pos;
    }

    private int end(Span s) {
        int pos = s.end() == 0 ? 0 : at[s.end() - 1] + 1;
        for (Tag t : tags) {
            if (t.start() == pos && t.kind() != InlineCode.Kind.OPEN) pos = t.end();
            else if (t.start() > pos) break;
        }
        return pos;
    }
}
