package org.selaras.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The file an article (HTML, DOCX) was imported from, kept to rebuild it with the translation in place. */
@Entity
@Table(name = "document_original")
public class DocumentOriginal extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public Long documentId;

    /** text, html, docx, markdown, xliff or odt (org.selaras.formats.ArticleFormat). */
    @Column(nullable = false, length = 16)
    public String format;

    @Column(name = "file_name")
    public String fileName;

    @Column(nullable = false)
    public byte[] content;
}
