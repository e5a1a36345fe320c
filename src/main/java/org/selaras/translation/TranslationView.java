package org.selaras.translation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selaras.qa.server.IssueView;

import java.time.Instant;
import java.util.List;

/**
 * A translation as the API shows it. {@code issues} (QA findings) comes with the answer to a save;
 * {@code override} is the reason a reviewer gave for approving despite glossary errors. {@code span} is the
 * number of segments it covers from {@code segmentId} (more than 1 for a group of joined segments).
 */
public record TranslationView(long segmentId, String text, String status, String origin, int version,
                              String author, Instant updated, String comment,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String override,
                              @JsonInclude(JsonInclude.Include.NON_NULL) List<IssueView> issues, int span) {

    public static TranslationView of(Translation t) {
        return of(t, null);
    }

    public static TranslationView of(Translation t, List<IssueView> issues) {
        return t == null ? null : new TranslationView(t.segmentId, t.text, t.status.id(), t.origin, t.version,
                t.author, t.updatedAt, t.comment, t.overrideReason, issues, t.span);
    }
}
