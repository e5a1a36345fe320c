package org.selaras.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A source document, split into segments when imported. Counts are fixed at import. */
@Entity
@Table(name = "document")
public class Document extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "source_language", nullable = false, length = 16)
    public String sourceLanguage;

    @Column(name = "target_language", nullable = false, length = 16)
    public String targetLanguage;

    @Column(name = "paragraph_count", nullable = false)
    public int paragraphCount;

    @Column(name = "segment_count", nullable = false)
    public int segmentCount;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    /** File name in the seeds folder, for documents imported at start-up. */
    @Column(name = "seed_file", unique = true)
    public String seedFile;

    /** What it was imported from: text, html, docx, markdown, xliff or odt (org.selaras.formats.ArticleFormat). */
    @Column(nullable = false, length = 16)
    public String format = "text";

    @Column(name = "created_by", length = 64)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
