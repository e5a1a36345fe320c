package org.selaras.translation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The current English translation of one segment, or of a group of joined segments (the row lives on the
 * group's first segment; {@link #span} counts the segments it covers). {@link #version} counts accepted saves,
 * joins and splits; a save must name the version it edited (optimistic locking, checked under a row lock).
 */
@Entity
@Table(name = "translation")
public class Translation extends PanacheEntityBase {

    @Id
    @Column(name = "segment_id")
    public Long segmentId;

    @Column(nullable = false, length = 65535)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Status status;

    @Column(nullable = false, length = 64)
    public String origin;

    @Column(nullable = false, length = 64)
    public String author;

    /** Reviewer's comment (rejections) or the reason for an override. */
    @Column(length = 2000)
    public String comment;

    /** Why a reviewer approved despite glossary errors; null when there was nothing to override. */
    @Column(name = "override_reason", length = 2000)
    public String overrideReason;

    @Column(nullable = false)
    public int version;

    /** Segments this translation covers, from its own: 1 for one segment, more for a group of joined ones. */
    @Column(nullable = false)
    public int span = 1;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
