package org.selaras.align.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.align.server.AlignmentViews.AlignmentView;
import org.selaras.align.server.AlignmentViews.CommitReport;
import org.selaras.align.server.AlignmentViews.CreateRequest;
import org.selaras.align.server.AlignmentViews.UpdateRequest;
import org.selaras.document.TextDecoder;
import org.selaras.error.Invalid;
import org.selaras.security.Role;

/** The alignment session of a document: create from the English text, read, save edits, commit. */
@Path("/api/documents/{id}/alignment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alignment")
public class AlignmentResource {

    private static final String CREATE_SUMMARY = "Start aligning a document";
    private static final String CREATE_DESCRIPTION = "Splits the English translation (as UTF-8 text/plain, or as "
            + "{\"target\": \"<English text>\"}; each line a paragraph) into sentences, aligns them with the "
            + "document's segments and stores the session, replacing an older one: {documentId, version, source, "
            + "target, beads, …}, bead indexes pointing into source and target. Roles: translator, reviewer, admin.";
    private static final String CREATED = "The new session; Location is its URL";
    private static final String CREATE_INVALID = "Invalid input: no English text, invalid UTF-8 or binary content, "
            + "a text without sentences, a sentence longer than 65,535 characters";

    private final AlignmentService alignments;
    private final SecurityIdentity identity;

    public AlignmentResource(AlignmentService alignments, SecurityIdentity identity) {
        this.alignments = alignments;
        this.identity = identity;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "A document's alignment session",
            description = "The session with its beads; 404 before the first upload. Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No document with this id, or it has no alignment yet")
    public AlignmentView get(@RestPath long id) {
        return alignments.get(id);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = CREATE_SUMMARY, description = CREATE_DESCRIPTION)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @RequestBody(description = "The English text")
    @APIResponse(responseCode = "201", description = CREATED,
            headers = @Header(name = "Location", description = "/api/documents/{id}/alignment",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlignmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = CREATE_INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response createText(@RestPath long id, byte[] body, UriInfo uri) {
        String text;
        try {
            text = TextDecoder.decode(body == null ? new byte[0] : body);
        } catch (TextDecoder.NotTextException e) {
            throw new Invalid(e.getMessage());
        }
        return created(id, alignments.create(id, text, identity.getPrincipal().getName()), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = CREATE_SUMMARY, description = CREATE_DESCRIPTION)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @RequestBody(description = "The English text")
    @APIResponse(responseCode = "201", description = CREATED,
            headers = @Header(name = "Location", description = "/api/documents/{id}/alignment",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlignmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = CREATE_INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response createJson(@RestPath long id,
                               @Valid @NotNull(message = "{selaras.body.missing}") CreateRequest request, UriInfo uri) {
        return created(id, alignments.create(id, request.target(), identity.getPrincipal().getName()), uri);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = "Save the edited beads",
            description = "{\"version\", \"beads\"}: the whole edited bead list, every segment and sentence once "
                    + "and in order, naming the version edited; a stale version gets 409 with the session that won in "
                    + "\"current\". Roles: translator, reviewer, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @RequestBody(description = "The version edited and the bead list")
    @APIResponse(responseCode = "200", description = "The saved session")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No version or beads, or beads that do not "
            + "cover every segment and sentence once, in order")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No document with this id, or it has no alignment yet")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Stale version: someone saved the alignment "
            + "since; \"current\" is the session that won")
    public AlignmentView update(@RestPath long id,
                                @Valid @NotNull(message = "{selaras.body.missing}") UpdateRequest request) {
        return alignments.update(id, request, identity.getPrincipal().getName());
    }

    @POST
    @Path("commit")
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = "Commit the alignment as translations",
            description = "Writes each bead's English as translations (status translated, origin aligned) through "
                    + "the editor's conflict-safe save. A segment that already has a different translation is kept "
                    + "and listed in \"conflicts\", unless overwrite=true. A bead with k segments and k sentences gives one sentence each; "
                    + "otherwise all its English goes to the first segment. Roles: translator, reviewer, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "overwrite", in = ParameterIn.QUERY, description = "true: a single segment's different "
            + "translation is replaced by the aligned English (a new revision; its history stays) instead of kept")
    @APIResponse(responseCode = "200", description = "What was written: {written, unchanged, untranslated, conflicts}")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No document with this id, or it has no alignment yet")
    public CommitReport commit(@RestPath long id, @QueryParam("overwrite") boolean overwrite) {
        return alignments.commit(id, overwrite, identity);
    }

    private static Response created(long id, AlignmentView view, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/documents/{id}/alignment").build(id))
                .entity(view).build();
    }
}
