package org.selaras.translation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One accepted save of a translation, kept for history and restore. Never updated. */
@Entity
@Table(name = "translation_revision")
public class Revision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", sequenceName = "revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "segment_id", nullable = false)
    public Long segmentId;

    /** The translation's version this save produced (1, 2, …). */
    @Column(nullable = false)
    public int version;

    @Column(nullable = false, length = 65535)
    public String text;

    /** Segments the translation covered after this revision (joins and splits change it). */
    @Column(nullable = false)
    public int span = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(nullable = false, length = 64)
    public String origin;

    @Column(nullable = false, length = 64)
    public String author;

    @Column(length = 2000)
    public String comment;

    /** Why a reviewer approved despite glossary errors; null when there was nothing to override. */
    @Column(name = "override_reason", length = 2000)
    public String overrideReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<Revision> ofSegment(long segmentId) {
        return list("segmentId = ?1 order by version", segmentId);
    }

    /**
     * The last version in the segment's history, 0 when it has none. A segment can have history but no
     * translation: it was joined into a group and the group split again. Its next translation goes on from there.
     */
    static int lastVersion(long segmentId) {
        Integer v = getEntityManager().createQuery("select max(r.version) from Revision r where r.segmentId = ?1",
                Integer.class).setParameter(1, segmentId).getSingleResult();
        return v == null ? 0 : v;
    }

    static Revision of(Translation t) {
        Revision r = new Revision();
        r.segmentId = t.segmentId;
        r.version = t.version;
        r.text = t.text;
        r.span = t.span;
        r.status = t.status;
        r.origin = t.origin;
        r.author = t.author;
        r.comment = t.comment;
        r.overrideReason = t.overrideReason;
        r.createdAt = t.updatedAt;
        return r;
    }
}
