package org.selaras.glossary.server;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.TermMatcher;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A stored glossary entry; {@link #toTerm()} gives the plain record the matcher and checks use. */
@Entity
@Table(name = "glossary_entry")
public class GlossaryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 500)
    public String source;

    @Column(name = "source_key", nullable = false, unique = true, length = 500)
    public String sourceKey;

    @Column(nullable = false, length = 500)
    public String target;

    /** Allowed English variants, one per line. */
    @Column(nullable = false, length = 4000)
    public String variants;

    /** Forbidden English forms, one per line. */
    @Column(nullable = false, length = 4000)
    public String forbidden;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public GlossaryTerm.Kind kind;

    @Column(name = "case_sensitive", nullable = false)
    public boolean caseSensitive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public GlossaryTerm.Status status;

    @Column(nullable = false, length = 4000)
    public String note;

    @Column(nullable = false, length = 64)
    public String author;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public int version;

    public GlossaryTerm toTerm() {
        return new GlossaryTerm(id, source, target, lines(variants), lines(forbidden), kind, caseSensitive, status, note);
    }

    /** Copies a term's content (not its id) into this entry. */
    void take(GlossaryTerm t) {
        source = t.source();
        sourceKey = key(t);
        target = t.target();
        variants = String.join("\n", t.variants());
        forbidden = String.join("\n", t.forbidden());
        kind = t.kind();
        caseSensitive = t.caseSensitive();
        status = t.status();
        note = t.note();
    }

    /** Two entries clash when their sources would match the same text. */
    static String key(GlossaryTerm t) {
        return TermMatcher.key(t.source(), t.caseSensitive());
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }
}
