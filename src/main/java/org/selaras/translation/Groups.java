package org.selaras.translation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.LockModeType;
import org.selaras.document.Segment;
import org.selaras.document.SegmentText;
import org.selaras.tags.InlineCodes;
import org.selaras.tags.TaggedGroup;

import java.util.List;
import java.util.Map;

/**
 * Where groups of joined segments are, read from the translations: a translation with span n on segment h covers
 * h and the n − 1 segments after it (same document, next positions). Nothing else marks a joined segment, so
 * there is nothing to keep in step.
 */
final class Groups {

    private Groups() {
    }

    /** The first segment of the group that covers {@code s} (not {@code s} itself), or null when it is in none. */
    static Segment headCovering(Segment s) {
        List<Segment> heads = Panache.getEntityManager().createQuery("select h from Translation t, Segment h "
                        + "where h.id = t.segmentId and h.document.id = ?1 and t.span > 1 and h.position < ?2 "
                        + "and h.position + t.span > ?2", Segment.class)
                .setParameter(1, s.document.id).setParameter(2, s.position).setMaxResults(1).getResultList();
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** The segment at a position of the head's document, locked for writing; null when there is none. */
    static Segment lockAt(Segment head, int position) {
        List<Segment> found = Panache.getEntityManager().createQuery("select s from Segment s where s.document.id = ?1 "
                        + "and s.position = ?2", Segment.class)
                .setParameter(1, head.document.id).setParameter(2, position)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The segments a group starting at {@code head} covers, head first. */
    static List<Segment> members(Segment head, int span) {
        if (span <= 1) {
            return List.of(head);
        }
        return Panache.getEntityManager().createQuery("select s from Segment s where s.document.id = ?1 "
                        + "and s.position >= ?2 and s.position < ?3 order by s.position", Segment.class)
                .setParameter(1, head.document.id).setParameter(2, head.position)
                .setParameter(3, head.position + span).getResultList();
    }

    /** The source text a translation on {@code head} answers: the head's, or the joined source of its group. */
    static String source(Segment head, Translation t) {
        if (t == null || t.span <= 1) {
            return head.text;
        }
        return SegmentText.joined(members(head, t.span).stream().map(s -> s.text).toList());
    }

    /**
     * What QA checks a translation on {@code head} against: the head's tagged source and codes, or for a group
     * the tagged form of all its segments (their tags with one space between, {@link TaggedGroup}).
     */
    static TaggedGroup checkedSource(Segment head, Translation t) {
        List<Segment> members = t == null || t.span <= 1 ? List.of(head) : members(head, t.span);
        return TaggedGroup.of(members.stream()
                .map(s -> new TaggedGroup.Member(s.taggedOrText(), InlineCodes.fromJson(s.codes))).toList());
    }

    /** For each segment of a document (in document order) joined into a group, the id of the group's first segment. */
    static Map<Long, Long> joinedTo(List<SegmentText> inOrder, Map<Long, Translation> byHead) {
        Map<Long, Long> joined = new java.util.HashMap<>();
        long head = -1;
        int until = -1;
        for (SegmentText s : inOrder) {
            if (s.position() <= until) {
                joined.put(s.id(), head);
                continue;
            }
            Translation t = byHead.get(s.id());
            if (t != null && t.span > 1) {
                head = s.id();
                until = s.position() + t.span - 1;
            }
        }
        return joined;
    }
}
