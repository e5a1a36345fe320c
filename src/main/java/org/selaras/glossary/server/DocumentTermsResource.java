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
import org.jboss.resteasy.reactive.RestQuery;
import org.selaras.error.Invalid;
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

    /** The most segments one page may ask for (as the segment list's pages). */
    static final int MAX_LIMIT = 10_000;

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
                    + "highlighting: {entries: {id: entry}, matches: [{segment, start, end, entry}]}. With from and "
                    + "limit, only in the segments numbered from … from + limit − 1, as the segments' pages. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "First segment number (1-based) of a page")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "How many segments the page holds (1 to 10000)")
    @APIResponse(responseCode = "200", description = "The entries found and where")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "from below 1, or limit out of range")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public Terms terms(@RestPath long id, @RestQuery Integer from, @RestQuery Integer limit) {
        TermMatcher<GlossaryTerm> matcher = glossary.snapshot().glossary().sourceMatcher();
        Map<Long, Term> entries = new LinkedHashMap<>();
        List<Found> found = new ArrayList<>();
        for (Segment s : from == null && limit == null ? documents.segments(id) : page(id, from, limit)) {
            for (TermMatcher.Match<GlossaryTerm> m : matcher.find(s.text)) {
                GlossaryTerm t = m.payload();
                entries.computeIfAbsent(t.id(), k -> new Term(t.id(), t.source(), t.target(), t.variants(),
                        t.forbidden(), EntryView.lower(t.kind()), t.note()));
                found.add(new Found(s.id, m.start(), m.end(), t.id()));
            }
        }
        return new Terms(entries, found);
    }

    /** The segments of one page, with the segment list's rules for from and limit. */
    private List<Segment> page(long id, Integer from, Integer limit) {
        int first = from == null ? 1 : from;
        int size = limit == null ? MAX_LIMIT : limit;
        if (first < 1) throw new Invalid("from is a segment number and starts at 1; got " + first + ".");
        if (size < 1 || size > MAX_LIMIT) throw new Invalid("limit must be between 1 and " + MAX_LIMIT + "; got " + size + ".");
        return documents.segments(id, first, size);
    }
}
