package org.selaras.translation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.security.Role;

/** Joining a segment with the next one of its paragraph into a group with one translation, and splitting it. */
@Path("/api/documents/{id}/segments/{segmentId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
public class GroupResource {

    /** The version of the group (or segment) the client saw; for a join, optionally the next segment's too. */
    public record GroupRequest(
            @NotNull(message = "give the version you saw (0 for a segment not translated yet)")
            @PositiveOrZero(message = "give the version you saw (0 for a segment not translated yet)")
            Integer version,
            @PositiveOrZero(message = "nextVersion is the next segment's version you saw (0 when untranslated)")
            Integer nextVersion) {
    }

    private final GroupService groups;
    private final SecurityIdentity identity;

    public GroupResource(GroupService groups, SecurityIdentity identity) {
        this.groups = groups;
        this.identity = identity;
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Join a segment with the next one",
            description = "{\"version\": v[, \"nextVersion\": w]} joins the segment (alone, or the first of a group) "
                    + "with the segment after it into one group with one translation, stored on the group's first "
                    + "segment with its \"span\" (segments covered). The two translations are put together as a "
                    + "draft; the group's source is the joined source text, for QA, the memory and every export. "
                    + "\"version\" is the version of the segment's translation you saw (0 when untranslated), checked "
                    + "under a lock as for a save; \"nextVersion\", when given, is checked for the next segment. "
                    + "A join is a revision in the group's history. Roles: translator, reviewer, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "segmentId", in = ParameterIn.PATH, description = "Id of the segment, or of a group's first "
            + "segment")
    @RequestBody(description = "The version you saw, and optionally the next segment's")
    @APIResponse(responseCode = "200", description = "The group's translation (its \"span\" counts the segments)")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No version given")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such document, or no such segment in it")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Stale version: someone saved, joined or "
            + "split since; \"current\" is the translation now")
    @APIResponse(responseCode = "422", description = "Nothing to join: the segment is the last of the document, "
            + "the next one starts another paragraph, or the segment is inside a group (join from the group's first "
            + "segment)", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public TranslationView join(@RestPath long id, @RestPath long segmentId,
                                @Valid @NotNull(message = "{selaras.body.missing}") GroupRequest body) {
        return groups.join(id, segmentId, body.version(), body.nextVersion(), identity);
    }

    @POST
    @Path("split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Split a group into its segments",
            description = "{\"version\": v} makes the group that starts at this segment single segments again. The "
                    + "English stays on the first segment as a draft; the other segments are untranslated again. "
                    + "\"version\" is the group's version you saw (409 when stale). A split is a revision in the "
                    + "group's history. Roles: translator, reviewer, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "segmentId", in = ParameterIn.PATH, description = "Id of the group's first segment")
    @RequestBody(description = "The group's version you saw")
    @APIResponse(responseCode = "200", description = "The first segment's translation after the split")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No version given")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No such document, or no such segment in it")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Stale version: someone saved, joined or "
            + "split since; \"current\" is the translation now")
    @APIResponse(responseCode = "422", description = "The segment starts no group",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public TranslationView split(@RestPath long id, @RestPath long segmentId,
                                 @Valid @NotNull(message = "{selaras.body.missing}") GroupRequest body) {
        return groups.split(id, segmentId, body.version(), identity);
    }
}
