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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
public class AlignmentResource {

    private final AlignmentService alignments;
    private final SecurityIdentity identity;

    public AlignmentResource(AlignmentService alignments, SecurityIdentity identity) {
        this.alignments = alignments;
        this.identity = identity;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The alignment session of a document (any logged-in user); 404 before the first upload")
    public AlignmentView get(@RestPath long id) {
        return alignments.get(id);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = "Start (or restart) aligning: the English text as UTF-8 text/plain; each line is a paragraph")
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
    @Operation(summary = "Start (or restart) aligning: {\"target\": \"<English text>\"}")
    public Response createJson(@RestPath long id,
                               @Valid @NotNull(message = "{selaras.body.missing}") CreateRequest request, UriInfo uri) {
        return created(id, alignments.create(id, request.target(), identity.getPrincipal().getName()), uri);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = "Save the edited bead list {\"version\", \"beads\"}; a stale version → 409 with \"current\"")
    public AlignmentView update(@RestPath long id,
                                @Valid @NotNull(message = "{selaras.body.missing}") UpdateRequest request) {
        return alignments.update(id, request, identity.getPrincipal().getName());
    }

    @POST
    @Path("commit")
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = "Write the pairs as translations (origin aligned, status translated); existing ones are kept")
    public CommitReport commit(@RestPath long id) {
        return alignments.commit(id, identity);
    }

    private static Response created(long id, AlignmentView view, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/documents/{id}/alignment").build(id))
                .entity(view).build();
    }
}
