package org.selaras.translation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.security.Role;

import java.util.List;

/** A segment's comment thread, and a new comment (the counts per document: DocumentSegmentsResource). */
@Path("/api/segments/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
public class CommentResource {

    /** A new comment: kind note (default), question or answer. */
    public record CommentRequest(String kind, String text) {
    }

    private final CommentService comments;
    private final SecurityIdentity identity;

    public CommentResource(CommentService comments, SecurityIdentity identity) {
        this.comments = comments;
        this.identity = identity;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "A segment's comment thread",
            description = "Oldest first: {id, segmentId, kind (note, question, answer, reject, override), text, author, "
                    + "created}. Reject reasons and approval overrides join the thread with their save. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Segment id")
    @APIResponse(responseCode = "200", description = "The thread (empty when nobody commented)")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No segment with this id")
    public List<CommentService.CommentView> thread(@RestPath long id) {
        return comments.thread(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN, Role.TERMINOLOGIST})
    @Operation(summary = "Comment on a segment",
            description = "{\"kind\": \"note\"|\"question\"|\"answer\" (default note), \"text\"} → 201 the comment. "
                    + "Roles: translator, reviewer, admin, terminologist.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Segment id")
    @APIResponse(responseCode = "201", description = "The comment, as stored")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No text, too long, or an unknown kind")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No segment with this id")
    public Response add(@RestPath long id, @Valid @NotNull(message = "{selaras.body.missing}") CommentRequest body) {
        return Response.status(201).entity(comments.add(id, body.kind(), body.text(),
                identity.getPrincipal().getName())).build();
    }
}
