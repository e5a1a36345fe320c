package org.selaras.translation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.document.DocumentService;
import org.selaras.document.Segment;

import java.util.List;

/** A document's segments with their translations, and its progress: what the editor loads. */
@Path("/api/documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentSegmentsResource {

    private final DocumentService documents;
    private final TranslationService translations;

    public DocumentSegmentsResource(DocumentService documents, TranslationService translations) {
        this.documents = documents;
        this.translations = translations;
    }

    @GET
    @Path("segments")
    @RolesAllowed("**")
    @Operation(summary = "The segments of a document in document order (any logged-in user)")
    public List<SegmentView> segments(@RestPath long id) {
        List<Segment> segments = documents.segments(id);
        var byId = translations.ofDocument(id);
        return segments.stream().map(s -> SegmentView.of(s, TranslationView.of(byId.get(s.id)))).toList();
    }

    @GET
    @Path("progress")
    @RolesAllowed("**")
    @Operation(summary = "Segment and word counts per translation status (any logged-in user)")
    public Progress progress(@RestPath long id) {
        documents.get(id);
        return translations.progress(id);
    }
}
