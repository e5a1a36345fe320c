package org.selaras.glossary.server;

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
import org.selaras.document.DocumentService;
import org.selaras.document.Segment;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.glossary.TermMatcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The glossary terms found in a document's segments, for highlighting in the editor. */
@Path("/api/documents/{id}/terms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Glossary")
public class DocumentTermsResource {

    public record Term(long id, String source, String target, List<String> variants, List<String> forbidden,
                       String kind, String note) {
    }

    public record Found(long segment, int start, int end, long entry) {
    }

    public record Terms(Map<Long, Term> entries, List<Found> matches) {
    }

    private final GlossaryService glossary;
    private final DocumentService documents;

    public DocumentTermsResource(GlossaryService glossary, DocumentService documents) {
        this.glossary = glossary;
        this.documents = documents;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Glossary terms found in a document",
            description = "Every glossary term in the document's segments (whole words, leftmost-longest), for "
                    + "highlighting: {entries: {id: entry}, matches: [{segment, start, end, entry}]}. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @APIResponse(responseCode = "200", description = "The entries found and where")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public Terms terms(@RestPath long id) {
        TermMatcher<GlossaryTerm> matcher = glossary.snapshot().glossary().sourceMatcher();
        Map<Long, Term> entries = new LinkedHashMap<>();
        List<Found> found = new ArrayList<>();
        for (Segment s : documents.segments(id)) {
            for (TermMatcher.Match<GlossaryTerm> m : matcher.find(s.text)) {
                GlossaryTerm t = m.payload();
                entries.computeIfAbsent(t.id(), k -> new Term(t.id(), t.source(), t.target(), t.variants(),
                        t.forbidden(), EntryView.lower(t.kind()), t.note()));
                found.add(new Found(s.id, m.start(), m.end(), t.id()));
            }
        }
        return new Terms(entries, found);
    }
}
