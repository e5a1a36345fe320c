package org.selaras.translation;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** One entry of a segment's history; {@code span} is how many segments the translation covered (joins, splits). */
public record RevisionView(long id, int version, String text, String status, String origin, String author,
                           Instant created, String comment,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String override, int span) {

    public static RevisionView of(Revision r) {
        return new RevisionView(r.id, r.version, r.text, r.status.id(), r.origin, r.author, r.createdAt, r.comment,
                r.overrideReason, r.span);
    }
}
