package org.selaras.translation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.selaras.document.DocumentService;

import java.util.List;

/** A document's segments with their translations, and its progress: what the editor loads. */
@Path("/api/documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentSegmentsResource {

    private final DocumentService documents;
    private final TranslationService translations;
    private final DocumentQa qa;
    private final CommentService comments;
    private final SegmentPages pages;

    /** How many comments a segment has. */
    public record CommentCount(long segment, long count) {
    }

    public DocumentSegmentsResource(DocumentService documents, TranslationService translations, DocumentQa qa,
                                    CommentService comments, SegmentPages pages) {
        this.documents = documents;
        this.translations = translations;
        this.qa = qa;
        this.comments = comments;
        this.pages = pages;
    }

    @GET
    @Path("comments")
    @RolesAllowed("**")
    @Operation(summary = "How many comments each segment of a document has",
            description = "[{segment, count}] for the segments with comments: the editor marks their rows. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public List<CommentCount> counts(@RestPath long id) {
        documents.get(id);
        return comments.counts(id).entrySet().stream().map(e -> new CommentCount(e.getKey(), e.getValue())).toList();
    }


    @GET
    @Path("qa")
    @RolesAllowed("**")
    @Operation(summary = "QA state of a document's translations",
            description = "For every stored translation with QA findings (checked now, as a save would be, with the "
                    + "glossary as it is): {\"segment\", \"errors\", \"warnings\"}; a group's on its first segment. "
                    + "Segments without findings are left out. What the editor's rows and QA filters show. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public List<DocumentQa.SegmentQa> qa(@RestPath long id) {
        documents.get(id);
        return qa.of(id);
    }

    @GET
    @Path("segments")
    @RolesAllowed("**")
    @Operation(summary = "A document's segments with their translations",
            description = "Every segment in document order: id, paragraph, index (1-based in the document), "
                    + "start/end offsets in its paragraph, words, text, and its translation (null before the first "
                    + "save). A segment joined into a group has \"joinedTo\" (the group's first segment, which holds the "
                    + "group's translation with its \"span\"). With from and/or limit, one page: the segments numbered "
                    + "from … from + limit − 1 (an empty list past the end), as the editor loads a large document. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "from", in = ParameterIn.QUERY,
            description = "First segment number of the page (1-based, default 1); with limit or alone it asks for a page")
    @Parameter(name = "limit", in = ParameterIn.QUERY,
            description = "How many segments the page holds, 1 to " + SegmentPages.MAX_LIMIT + " (default "
                    + SegmentPages.MAX_LIMIT + " when from is given); neither: the whole document")
    @APIResponse(responseCode = "200", description = "The segments")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "from below 1, or limit out of range")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public List<SegmentView> segments(@RestPath long id, @RestQuery Integer from, @RestQuery Integer limit) {
        if (from == null && limit == null) return pages.all(id);
        return pages.page(id, from == null ? 1 : from, limit == null ? SegmentPages.MAX_LIMIT : limit);
    }

    @GET
    @Path("progress")
    @RolesAllowed("**")
    @Operation(summary = "A document's progress",
            description = "Segment and word counts per translation status: total, untranslated, draft, translated, "
                    + "approved, rejected. Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public Progress progress(@RestPath long id) {
        documents.get(id);
        return translations.progress(id);
    }
}
