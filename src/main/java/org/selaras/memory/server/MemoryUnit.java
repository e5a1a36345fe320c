package org.selaras.memory.server;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.selaras.memory.MemoryTokenizer;
import org.selaras.memory.UnitIndex;

import java.time.Instant;

/**
 * One translation-memory unit: a source sentence and its English, where it came from
 * ({@code origin}, as on translations: human, mt:…, tm, aligned, imported), and, for a save in
 * the editor, its document and segment (one unit per segment, updated by later saves).
 */
@Entity
@Table(name = "memory_unit")
@Indexed(index = EngineLookup.INDEX) // scale-out mode only (EngineLookup); the embedded mode has its UnitIndex
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

    /**
     * The search engine's field: the source's token keys as our tokenizer makes them (lower-cased words and
     * numbers), one space apart, so that the engine's candidates are those of the embedded index.
     */
    @Transient
    @FullTextField(name = EngineLookup.KEYS, analyzer = EngineLookup.KEYS_ANALYZER)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "source")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getSourceKeys() {
        return source == null ? "" : String.join(" ", MemoryTokenizer.keys(source));
    }

    /** The target's token keys, for the engine's concordance (a phrase of keys, as the embedded index's). */
    @Transient
    @FullTextField(name = EngineLookup.TARGET_KEYS, analyzer = EngineLookup.KEYS_ANALYZER)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "target")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getTargetKeys() {
        return target == null ? "" : String.join(" ", MemoryTokenizer.keys(target));
    }

    UnitIndex.Unit toIndexed() {
        return new UnitIndex.Unit(id, source, target, origin, documentId, segmentId, contextHash,
                updatedAt.toEpochMilli(), note);
    }
}
