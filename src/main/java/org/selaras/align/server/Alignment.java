package org.selaras.align.server;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The alignment session of a document (at most one). Its English sentences and beads live in
 * {@code alignment_sentence} and {@code alignment_bead}, read and written by {@link AlignmentService} with
 * plain SQL (they are replaced as a whole on every save).
 */
@Entity
@Table(name = "alignment")
public class Alignment extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    @Column(nullable = false)
    public int version;

    @Column(name = "created_by", nullable = false, length = 64)
    public String createdBy;

    @Column(name = "updated_by", nullable = false, length = 64)
    public String updatedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "committed_by", length = 64)
    public String committedBy;

    @Column(name = "committed_at")
    public Instant committedAt;
}
