package org.selaras.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.List;

/**
 * One sentence of a source document: the unit translators translate.
 * Offsets are within its paragraph, so the paragraph can be rebuilt from its segments.
 */
@Entity
@Table(name = "segment")
public class Segment extends PanacheEntityBase {

    /** Max characters in one segment (the column width). */
    public static final int MAX_LENGTH = 65535;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "segment_seq")
    // allocation of 50 ids a round trip lets Hibernate batch the inserts of a large import
    @SequenceGenerator(name = "segment_seq", sequenceName = "segment_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public Document document;

    /** 1-based paragraph (non-blank line) of the document. */
    @Column(nullable = false)
    public int paragraph;

    /** 1-based number of the segment in the whole document: the segment number translators see. */
    @Column(nullable = false)
    public int position;

    @Column(name = "start_offset", nullable = false)
    public int startOffset;

    @Column(name = "end_offset", nullable = false)
    public int endOffset;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    /** The plain text (what glossary, QA, memory and MT read). */
    @Column(nullable = false, length = MAX_LENGTH)
    public String text;

    /** The text with its inline codes as tags (org.selaras.tags.TaggedText); null when it has none. */
    @Column(length = MAX_LENGTH)
    public String tagged;

    /** The inline codes behind the tags, as JSON (org.selaras.tags.InlineCodes); null when none. */
    @Column(length = 1_000_000)
    public String codes;

    /** What the translator translates: the tagged form if there is one, else the text. */
    public String taggedOrText() {
        return tagged != null ? tagged : text;
    }

    public static List<Segment> ofDocument(long documentId) {
        return list("document.id = ?1 order by position", documentId);
    }

    /** Segments numbered from … from + limit − 1 (the unique (document, position) index serves the range). */
    public static List<Segment> ofDocument(long documentId, int from, int limit) {
        return list("document.id = ?1 and position >= ?2 and position < ?3 order by position", documentId, from,
                (int) Math.min(Integer.MAX_VALUE, (long) from + limit));
    }
}
