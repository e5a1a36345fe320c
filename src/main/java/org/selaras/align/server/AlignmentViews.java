package org.selaras.align.server;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.selaras.translation.TranslationView;

import java.time.Instant;
import java.util.List;

/** JSON shapes of the alignment API. */
public final class AlignmentViews {

    private AlignmentViews() {
    }

    /** {@code POST /api/align} body. */
    public record AlignRequest(@NotNull(message = "give the Indonesian text") String source,
                               @NotNull(message = "give the English text") String target) {
    }

    /** One pair of {@code POST /api/align}: sentences joined by one space, "" for an omitted side. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AlignedPair")
    public record Pair(String source, String target, List<String> sourceSegments, List<String> targetSentences,
                       double confidence) {
    }

    public record AlignResult(List<Pair> pairs) {
    }

    /** {@code POST /api/documents/{id}/alignment} JSON body. */
    public record CreateRequest(@NotNull(message = "give the English text") String target) {
    }

    /** A segment of the document: id, paragraph, text (index in the list = source index of the beads). */
    public record SourceView(long id, int paragraph, String text) {
    }

    /** An English sentence (index in the list = target index of the beads). */
    public record TargetView(int paragraph, String text) {
    }

    /** Source indexes and target indexes (contiguous, ascending), confidence in [0, 1], confirmed by a person. */
    public record BeadView(@NotNull(message = "give the list of segment indexes") List<@NotNull Integer> source,
                           @NotNull(message = "give the list of sentence indexes") List<@NotNull Integer> target,
                           Double confidence, boolean confirmed) {
    }

    public record AlignmentView(long documentId, int version, String createdBy, Instant created, String updatedBy,
                                Instant updated, String committedBy, Instant committed, List<SourceView> source,
                                List<TargetView> target, List<BeadView> beads) {
    }

    /** {@code PUT /api/documents/{id}/alignment}: the whole bead list and the version it was edited from. */
    public record UpdateRequest(@NotNull(message = "give the version you edited") Integer version,
                                @NotNull(message = "give the whole bead list") List<@NotNull @Valid BeadView> beads) {
    }

    /** A segment commit did not write: it already has a different translation, or the save was refused. */
    public record CommitConflict(long segmentId, int position, String text, String reason, TranslationView current) {
    }

    /**
     * What a commit did: {@code written} translations saved, {@code unchanged} segments already holding the
     * same text, {@code untranslated} segments with no English in their bead, and the conflicts.
     */
    public record CommitReport(int written, int unchanged, int untranslated, List<CommitConflict> conflicts) {
    }
}
