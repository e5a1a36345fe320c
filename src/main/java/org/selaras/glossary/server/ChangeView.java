package org.selaras.glossary.server;

import com.fasterxml.jackson.annotation.JsonRawValue;

import java.time.Instant;

/** One change of the glossary: what the entry was before and after (null when created or deleted). */
public record ChangeView(long id, long entryId, String action, @JsonRawValue String before,
                         @JsonRawValue String after, String author, Instant created) {

    public static ChangeView of(GlossaryChange c) {
        return new ChangeView(c.id, c.entryId, c.action, c.before, c.after, c.author, c.createdAt);
    }
}
