package org.selaras.memory.server;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.selaras.memory.UnitIndex;

import java.time.Instant;

/**
 * One translation-memory unit: a source sentence and its English, where it came from
 * ({@code origin}, as on translations: human, mt:…, tm, aligned, imported), and, for a save in
 * the editor, its document and segment (one unit per segment, updated by later saves).
 */
@Entity
@Table(name = "memory_unit")
public class MemoryUnit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 65535)
    public String source;

    @Column(nullable = false, length = 65535)
    public String target;

    @Column(name = "source_hash", nullable = false, length = 64)
    public String sourceHash;

    @Column(name = "context_hash", length = 64)
    public String contextHash;

    @Column(nullable = false, length = 64)
    public String origin;

    @Column(name = "document_id")
    public Long documentId;

    @Column(name = "segment_id")
    public Long segmentId;

    @Column(nullable = false, length = 64)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** What another tool wrote about the unit (TMX notes and props, one a line); null for the editor's saves. */
    @Column(length = 2000)
    public String note;

    UnitIndex.Unit toIndexed() {
        return new UnitIndex.Unit(id, source, target, origin, documentId, segmentId, contextHash,
                updatedAt.toEpochMilli(), note);
    }
}
