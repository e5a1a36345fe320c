package org.selaras.glossary.server;

import org.selaras.glossary.GlossaryTerm;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A glossary entry as the API shows it. */
public record EntryView(long id, String source, String target, List<String> variants, List<String> forbidden,
                        String kind, boolean caseSensitive, String status, String note, String author,
                        Instant created, Instant updated, int version) {

    public static EntryView of(GlossaryEntry e) {
        GlossaryTerm t = e.toTerm();
        return new EntryView(e.id, t.source(), t.target(), t.variants(), t.forbidden(), lower(t.kind()),
                t.caseSensitive(), lower(t.status()), t.note(), e.author, e.createdAt, e.updatedAt, e.version);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
