package org.selaras.glossary.server;

import org.selaras.glossary.GlossaryTerm;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One create, update or delete of a glossary entry, with the entry before and after (JSON). */
@Entity
@Table(name = "glossary_change")
public class GlossaryChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public Long entryId;

    @Column(nullable = false, length = 16)
    public String action;

    @Column(name = "before_json", length = 20000)
    public String before;

    @Column(name = "after_json", length = 20000)
    public String after;

    @Column(nullable = false, length = 64)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
