package org.selaras.translation;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.selaras.document.Segment;
import org.selaras.error.NotAllowed;
import org.selaras.error.NotFound;
import org.selaras.error.Unprocessable;
import org.selaras.security.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a segment (or a group) with the next segment of its paragraph into one group with one translation, and
 * splits a group again (memoQ's join and split). A group is a translation whose {@link Translation#span} is more
 * than 1, on its first segment; both moves are revisions of that translation, checked against the version the
 * caller saw as a save is (409 when stale), with the rows locked in document order.
 */
@ApplicationScoped
@Transactional
public class GroupService {

    private final TranslationService translations;
    private final Event<DocumentChanged> changed;

    public GroupService(TranslationService translations, Event<DocumentChanged> changed) {
        this.translations = translations;
        this.changed = changed;
    }

    /**
     * Joins the segment (alone or the first of a group) with the segment after it. The translations are put
     * together (first, then next) as a draft: the source they answer changed, so the group is confirmed again.
     * {@code nextVersion}, when given, is the next segment's version the caller saw.
     */
    public TranslationView join(long documentId, long segmentId, int version, Integer nextVersion,
                                SecurityIdentity who) {
        requireRole(who);
        var em = Panache.getEntityManager();
        Segment head = lockInDocument(documentId, segmentId);
        TranslationService.requireNotJoined(head);
        Translation current = em.find(Translation.class, segmentId);
        requireVersion(head, version, current);
        int span = current == null ? 1 : current.span;
        Segment next = Groups.lockAt(head, head.position + span);
        if (next == null) {
            throw new Unprocessable("Segment " + (head.position + span - 1) + " is the last of the document: "
                    + "there is no next segment to join.");
        }
        if (next.paragraph != head.paragraph) {
            throw new Unprocessable("Segment " + next.position + " starts another paragraph: a group stays within "
                    + "one paragraph.");
        }
        Translation after = em.find(Translation.class, next.id);
        if (nextVersion != null) {
            requireVersion(next, nextVersion, after);
        }
        String text = joinedText(current, after);
        if (text.length() > TranslationService.MAX_TEXT) {
            throw new Unprocessable("The joined translation would be longer than " + TranslationService.MAX_TEXT
                    + " characters.");
        }
        int newSpan = span + (after == null ? 1 : after.span);
        String origin = current != null ? current.origin : after != null ? after.origin : Origin.HUMAN;
        if (after != null) {
            em.remove(after); // its history stays with its segment; the group's history goes on on the first
        }
        TranslationView joined = write(head, current, text, origin, newSpan,
                "joined segments " + head.position + "–" + (head.position + newSpan - 1), who);
        changed.fire(new DocumentChanged(documentId, DocumentChanged.JOINED, head.id, who.getPrincipal().getName()));
        return joined;
    }

    /**
     * Makes a group single segments again. The English stays on the first segment as a draft (it still answers
     * the whole group until someone splits it up too); the other segments are untranslated again.
     */
    public TranslationView split(long documentId, long segmentId, int version, SecurityIdentity who) {
        requireRole(who);
        Segment head = lockInDocument(documentId, segmentId);
        TranslationService.requireNotJoined(head);
        Translation current = Panache.getEntityManager().find(Translation.class, segmentId);
        if (current == null || current.span <= 1) {
            throw new Unprocessable("Segment " + head.position + " is not joined with any other: there is nothing "
                    + "to split.");
        }
        requireVersion(head, version, current);
        TranslationView split = write(head, current, current.text, current.origin, 1,
                "split segments " + head.position + "–" + (head.position + current.span - 1), who);
        changed.fire(new DocumentChanged(documentId, DocumentChanged.SPLIT, head.id, who.getPrincipal().getName()));
        return split;
    }

    /**
     * Joins consecutive segments of one paragraph (none translated, none joined yet) into a group and saves its
     * translation, in one transaction: how an alignment bead of several segments to one English sentence lands.
     */
    public TranslationView saveJoined(List<Long> segmentIds, SaveRequest request, SecurityIdentity who) {
        long first = segmentIds.get(0);
        Segment head = Segment.findById(first);
        if (head == null) {
            throw new NotFound("There is no segment " + first + ".");
        }
        int version = 0;
        for (int k = 1; k < segmentIds.size(); k++) {
            TranslationView joined = join(head.document.id, first, version, 0, who);
            version = joined.version();
            if (joined.span() != k + 1) {
                throw new Unprocessable("Segments " + segmentIds + " are not a run of untranslated segments.");
            }
        }
        Segment last = Groups.members(head, segmentIds.size()).get(segmentIds.size() - 1);
        if (last.id.longValue() != segmentIds.get(segmentIds.size() - 1)) {
            throw new Unprocessable("Segments " + segmentIds + " are not consecutive.");
        }
        return translations.save(first, new SaveRequest(request.text(), request.status(), version,
                request.comment(), request.origin(), request.override()), who);
    }

    private static TranslationView write(Segment head, Translation current, String text, String origin, int span,
                                     String comment, SecurityIdentity who) {
        Instant now = Instant.now();
        Translation t = current;
        if (t == null) {
            t = new Translation();
            t.segmentId = head.id;
            t.createdAt = now;
        }
        t.text = text;
        t.status = Status.DRAFT;
        t.origin = origin;
        t.comment = comment;
        t.overrideReason = null;
        t.author = who.getPrincipal().getName();
        t.version = (current == null ? Revision.lastVersion(head.id) : current.version) + 1;
        t.span = span;
        t.updatedAt = now;
        var em = Panache.getEntityManager();
        if (current == null) {
            em.persist(t);
        }
        em.persist(Revision.of(t));
        return TranslationView.of(t);
    }

    private static String joinedText(Translation first, Translation next) {
        List<String> parts = new ArrayList<>(2);
        if (first != null && !first.text.isBlank()) {
            parts.add(first.text.strip());
        }
        if (next != null && !next.text.isBlank()) {
            parts.add(next.text.strip());
        }
        return String.join(" ", parts);
    }

    private static Segment lockInDocument(long documentId, long segmentId) {
        Segment s = Panache.getEntityManager().find(Segment.class, segmentId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || s.document.id != documentId) {
            throw new NotFound("Document " + documentId + " has no segment " + segmentId + ".");
        }
        return s;
    }

    private static void requireVersion(Segment s, int version, Translation current) {
        TranslationService.requireVersion(s.id, new SaveRequest(null, Status.DRAFT.id(), version, null, null),
                current);
    }

    private static void requireRole(SecurityIdentity who) {
        if (!TranslationService.mayReview(who) && !who.hasRole(Role.TRANSLATOR)) {
            throw new NotAllowed("Only translators, reviewers and admins join and split segments.");
        }
    }
}
