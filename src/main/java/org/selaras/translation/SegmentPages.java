package org.selaras.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.document.DocumentService;
import org.selaras.document.Segment;
import org.selaras.document.SegmentText;
import org.selaras.error.Invalid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's segments with their translations, whole or a page at a time: a 100,000-segment document is
 * editable after its first page while the rest arrives. A page may start inside a group of joined segments, so
 * the group's first segment (before the page) is looked up to mark the page's members as joined.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SegmentPages {

    /** The most segments one page may ask for. */
    public static final int MAX_LIMIT = 10_000;

    private final DocumentService documents;
    private final TranslationService translations;

    public SegmentPages(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    /** Every segment, in document order (one answer, as before paging). */
    public List<SegmentView> all(long documentId) {
        List<Segment> segments = documents.segments(documentId);
        return views(segments, translations.ofDocument(documentId), null);
    }

    /** The segments numbered {@code from} … {@code from + limit − 1}; empty past the end. */
    public List<SegmentView> page(long documentId, int from, int limit) {
        if (from < 1) throw new Invalid("from is a segment number and starts at 1; got " + from + ".");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new Invalid("limit must be between 1 and " + MAX_LIMIT + "; got " + limit + ".");
        }
        List<Segment> segments = documents.segments(documentId, from, limit);
        Map<Long, Translation> byId = new HashMap<>(translations.ofDocument(documentId, from, limit));
        Segment head = segments.isEmpty() ? null : Groups.headCovering(segments.get(0));
        if (head != null) byId.put(head.id, Translation.findById(head.id));
        return views(segments, byId, head);
    }

    private static List<SegmentView> views(List<Segment> segments, Map<Long, Translation> byId, Segment head) {
        List<SegmentText> inOrder = new ArrayList<>(segments.size() + 1);
        if (head != null) inOrder.add(new SegmentText(head.id, head.position, head.text));
        for (Segment s : segments) inOrder.add(new SegmentText(s.id, s.position, s.text));
        Map<Long, Long> joined = Groups.joinedTo(inOrder, byId);
        List<SegmentView> views = new ArrayList<>(segments.size());
        for (Segment s : segments) views.add(SegmentView.of(s, TranslationView.of(byId.get(s.id)), joined.get(s.id)));
        return views;
    }
}
