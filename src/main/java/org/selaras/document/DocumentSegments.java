package org.selaras.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's segments as plain values, read once: what an import matches its units against, and where each
 * segment's neighbours are (the memory's context) without a query per segment.
 */
public final class DocumentSegments {

    private final long documentId;
    private final List<SegmentText> inOrder;
    private final Map<Long, SegmentText> byId;
    private final Map<Integer, SegmentText> byPosition;

    /** The segments of one document, in document order. */
    public DocumentSegments(long documentId, List<SegmentText> inOrder) {
        this.documentId = documentId;
        this.inOrder = List.copyOf(inOrder);
        this.byId = new HashMap<>(inOrder.size() * 2);
        this.byPosition = new HashMap<>(inOrder.size() * 2);
        for (SegmentText s : inOrder) {
            byId.put(s.id(), s);
            byPosition.put(s.position(), s);
        }
    }

    public long documentId() {
        return documentId;
    }

    public List<SegmentText> inOrder() {
        return inOrder;
    }

    /** The segment with this id, or null when it is not one of this document's. */
    public SegmentText get(long segmentId) {
        return byId.get(segmentId);
    }

    /** Source of the segment before this one, "" for the first (as a query for position − 1 finds nothing). */
    public String previous(SegmentText s) {
        return textAt(s.position() - 1);
    }

    /** Source of the segment after this one, "" for the last. */
    public String next(SegmentText s) {
        return textAt(s.position() + 1);
    }

    /** The segment at this 1-based position, or null. */
    public SegmentText at(int position) {
        return byPosition.get(position);
    }

    private String textAt(int position) {
        SegmentText s = byPosition.get(position);
        return s == null ? "" : s.text();
    }
}
