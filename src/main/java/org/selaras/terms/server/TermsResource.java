package org.selaras.terms.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.selaras.glossary.server.EntryView;
import org.selaras.glossary.server.GlossaryEntry;
import org.selaras.SelarasConfig;
import org.selaras.mt.server.MtService;
import org.selaras.security.Role;

import java.util.List;

/** Term discovery API: candidates, accept into the glossary, dismiss. Roles: terminologist, admin. */
@Path("/api/terms/candidates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
@Tag(name = "Terms")
public class TermsResource {

    private final TermsService terms;
    private final MtService mt;
    private final SelarasConfig config;
    private final SecurityIdentity identity;

    public TermsResource(TermsService terms, MtService mt, SelarasConfig config, SecurityIdentity identity) {
        this.terms = terms;
        this.mt = mt;
        this.config = config;
        this.identity = identity;
    }

    /** What an engine makes of a candidate: basis "mt", never checked against the desk's translations. */
    public record MtSuggestionView(String english, String basis, String engine, String engineLabel) {
    }

    @GET
    @Operation(summary = "Term candidates of the documents",
            description = "documents: ids separated by commas (none = all); since: a date (2024-11-01) or an instant; "
                    + "most frequent first; dismissed candidates are left out. Roles: terminologist, admin.")
    @Parameter(name = "documents", in = ParameterIn.QUERY, description = "Document ids separated by commas; none = all")
    @Parameter(name = "since", in = ParameterIn.QUERY, description = "Only documents imported since this date "
            + "(2024-11-01, UTC) or instant (2024-11-01T08:00:00Z)")
    @APIResponse(responseCode = "200", description = "The candidates")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "documents or since does not parse")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a terminologist or admin")
    public List<CandidateView> candidates(@RestQuery String documents, @RestQuery String since) {
        return terms.candidates(documents, since).stream().map(CandidateView::of).toList();
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept a candidate into the glossary",
            description = "Body (optional) {source, target, kind, note} edits the entry; target defaults to the "
                    + "suggested English. 201 with the entry; 404 unknown id; 409 the glossary has the term. "
                    + "Roles: terminologist, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Candidate id (16 hex digits)")
    @RequestBody(description = "Optional edits: {source, target, kind, note}")
    @APIResponse(responseCode = "201", description = "The new glossary entry; Location is its URL",
            headers = @Header(name = "Location", description = "/api/glossary/entries/{id}",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "Malformed body, a field of the wrong type, "
            + "no English known and none given, an invalid entry")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a terminologist or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No candidate with this id in the documents")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The glossary already has this term")
    public Response accept(@RestPath String id, AcceptRequest body, UriInfo uri) {
        GlossaryEntry e = terms.accept(id, body, identity.getPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("api/glossary/entries/{id}").build(e.id))
                .entity(EntryView.of(e)).build();
    }

    @POST
    @Path("{id}/mt")
    @Operation(summary = "Ask a machine translation engine for a candidate's English",
            description = "For a candidate that no confirmed translation or memory unit shows: the engine's rendering "
                    + "of the Indonesian alone, glossary protection off, marked basis \"mt\". Nothing is stored. "
                    + "Roles: terminologist, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Candidate id (16 hex digits)")
    @Parameter(name = "engine", in = ParameterIn.QUERY, description = "Engine id (apertium, libretranslate, deepl, "
            + "openai); none = the first configured engine that serves the language pair")
    @APIResponse(responseCode = "200", description = "{english, basis: mt, engine, engineLabel}")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "Unknown engine")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a terminologist or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No candidate with this id in the documents")
    @APIResponse(responseCode = "409", ref = "NoEngine")
    @APIResponse(responseCode = "502", ref = "EngineFailed")
    @APIResponse(responseCode = "503", ref = "EngineUnavailable")
    public MtSuggestionView machineTranslation(@RestPath String id, @RestQuery String engine) {
        String text = terms.candidate(id).candidate().text();
        MtService.Suggestion s = mt.translateUnprotected(engine, List.of(text), config.sourceLanguage(),
                config.targetLanguage()).get(0);
        return new MtSuggestionView(s.text().strip(), "mt", s.engine(), mt.label(s.engine()));
    }

    @POST
    @Path("{id}/dismiss")
    @Operation(summary = "Dismiss a candidate", description = "Remembered: it does not come back. 204; 404 unknown "
            + "id. Roles: terminologist, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Candidate id (16 hex digits)")
    @APIResponse(responseCode = "204", description = "Dismissed (also when it was already)")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a terminologist or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No candidate with this id in the documents")
    public Response dismiss(@RestPath String id) {
        terms.dismiss(id, identity.getPrincipal().getName());
        return Response.noContent().build();
    }
}
