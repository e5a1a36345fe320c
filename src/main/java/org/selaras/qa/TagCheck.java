package org.selaras.qa;

import org.selaras.tags.InlineCode;
import org.selaras.tags.Tag;
import org.selaras.tags.TaggedText;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags of a formatted segment (bold, italics, links, breaks): each tag of the source once in the target, no
 * tag the source does not have, a pair opened before it is closed and not crossing another pair. A missing link
 * is an error (the published article would lose it); other missing tags lose only formatting and are warnings.
 * Tags in another order than in the source are fine: English word order differs.
 */
public final class TagCheck implements QaCheck {

    public static final String ID = "tags";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean readsTags() {
        return true;
    }

    @Override
    public List<Issue> check(SegmentPair pair) {
        List<Tag> source = TaggedText.tags(pair.source());
        if (source.isEmpty()) return List.of();
        Map<String, Tag> wanted = new HashMap<>();
        for (Tag t : source) wanted.put(t.text(), t);
        List<Issue> issues = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Deque<Tag> open = new ArrayDeque<>();
        List<Tag> target = TaggedText.tags(pair.target());
        java.util.Set<String> inTarget = new java.util.HashSet<>();
        for (Tag t : target) inTarget.add(t.text());
        for (Tag t : target) {
            String text = t.text();
            if (!wanted.containsKey(text)) {
                issues.add(Issue.inTarget(ID, Issue.Severity.WARNING, "Tag " + text + " is not in the source; it "
                        + "would be written as text", null, text, t.start(), t.end()));
                continue;
            }
            if (seen.merge(text, 1, Integer::sum) > 1) {
                issues.add(Issue.inTarget(ID, Issue.Severity.WARNING, "Tag " + text + " is there twice", null, text,
                        t.start(), t.end()));
                continue;
            }
            if (t.kind() == InlineCode.Kind.OPEN) {
                open.push(t);
            } else if (t.kind() == InlineCode.Kind.CLOSE) {
                boolean opened = seen.containsKey(new Tag(t.id(), InlineCode.Kind.OPEN, 0, 0).text());
                if (opened && (open.isEmpty() || open.peek().id() != t.id())) {
                    issues.add(Issue.inTarget(ID, Issue.Severity.WARNING, "Tag " + text + " closes a pair that "
                            + "crosses another; keep pairs inside each other", null, text, t.start(), t.end()));
                    open.removeIf(o -> o.id() == t.id());
                } else if (opened) {
                    open.pop();
                } else if (inTarget.contains(new Tag(t.id(), InlineCode.Kind.OPEN, 0, 0).text())) {
                    issues.add(Issue.inTarget(ID, Issue.Severity.ERROR, "Tag " + text + " comes before its opening "
                            + "tag", "{" + t.id() + "} first", text, t.start(), t.end()));
                }
            }
        }
        for (Tag t : source) {
            if (seen.containsKey(t.text())) continue;
            boolean link = isLink(pair.codes(), t);
            issues.add(new Issue(ID, link ? Issue.Severity.ERROR : Issue.Severity.WARNING, "Tag " + t.text()
                    + (link ? " (a link)" : "") + " of the source is missing", null, t.text(), null,
                    t.start(), t.end(), Issue.Side.SOURCE));
        }
        return issues;
    }

    private static boolean isLink(List<InlineCode> codes, Tag t) {
        return codes.stream().anyMatch(c -> c.id() == t.id() && c.type().contains("link"));
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example("Kata {1}Joko Widodo{/1} di {2}situs{/2}.", "{1}Joko Widodo{/1} said on the {2}website{/2}."),
                new Example("Hujan turun.{1/} Banjir datang.", "It rained.{1/} Floods came."),
                new Example("Kata <marker>{1}</marker>Joko Widodo{/1}.", "Said Joko Widodo{/1}."),
                new Example("Kata {1}Joko{/1}.", "Said {1}Joko{/1}<marker>{1}</marker>."),
                new Example("Kata {1}Joko{/1}.", "Said {1}Joko{/1} <marker>{3/}</marker>."),
                new Example("Kata {1}Joko{/1}.", "Said <marker>{/1}</marker>Joko{1}."),
                new Example("{1}Kata {2}Joko{/2}{/1}.", "{1}Said {2}Joko<marker>{/1}</marker>{/2}."));
    }
}
