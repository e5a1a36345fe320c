package org.selaras.tags;

import java.util.ArrayList;
import java.util.List;

/**
 * A group of joined segments in tagged form: the members' tagged texts (a member without tags: its text) with one
 * space between, as their plain texts are joined, and the codes of all members. The segments of a group share a
 * paragraph, and the tag numbers of a paragraph are its own, so the members' tags never clash.
 */
public record TaggedGroup(String tagged, List<InlineCode> codes) {

    /** One member: its tagged form or, without tags, its text; and its codes (none without tags). */
    public record Member(String taggedOrText, List<InlineCode> codes) {
    }

    public static TaggedGroup of(List<Member> members) {
        StringBuilder b = new StringBuilder();
        List<InlineCode> codes = new ArrayList<>();
        for (Member m : members) {
            for (InlineCode c : m.codes()) {
                if (!codes.contains(c)) codes.add(c);
            }
            String s = m.taggedOrText() == null ? "" : m.taggedOrText().strip();
            if (s.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(s);
        }
        return new TaggedGroup(b.toString(), List.copyOf(codes));
    }

    /** Whether any member brought tags. */
    public boolean hasTags() {
        return !codes.isEmpty();
    }
}
