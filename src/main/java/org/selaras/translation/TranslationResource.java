package org.selaras.translation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.util.List;

/** A segment's translation: read, save (optimistic locking: a conditional update), history, restore. */
@Path("/api/segments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations")
public class TranslationResource {

    /** Puts {@code revision} back as a new revision, naming the {@code version} the client saw. */
    public record RestoreRequest(
            @NotNull(message = "give the version to restore") Integer revision,
            @NotNull(message = "give the current version") @PositiveOrZero(message = "give the current version")
            Integer version) {
    }

    private final TranslationService translations;
    private final SecurityIdentity identity;

    public TranslationResource(TranslationService translations, SecurityIdentity identity) {
        this.translations = translations;
        this.identity = identity;
    }

    @GET
    @Path("translation")
    @RolesAllowed("**")
    @Operation(summary = "A segment's translation",
            description = "The current translation: text, status, origin, version, author, update time, comment; "
                    + "404 before the first save. Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Segment id")
    @APIResponse(responseCode = "200", description = "The translation")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound",
            description = "No segment with this id, or it has no translation yet")
    public TranslationView get(@RestPath long id) {
        return translations.current(id);
    }

    @PUT
    @Path("translation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Save a segment's translation",
            description = "Saves {text, status, version[, comment, origin, override]}. \"version\" is the version "
                    + "edited (0 for the first save); the save is written only if the translation is still at that "
                    + "version, so of two saves of the same version one wins and the other gets 409 with the winner "
                    + "in \"current\". Saving the "
                    + "same text and status again changes nothing. An empty text can only be a draft; a rejection "
                    + "needs a comment; approving a text with glossary errors needs a reason in \"override\" (else "
                    + "422). Every accepted save is a revision. Roles: translator (draft, translated), reviewer and "
                    + "admin (also approved, rejected).")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Segment id")
    @RequestBody(description = "The text, its status (draft, translated, approved, rejected) and the version edited; "
            + "optional comment, origin (human, mt:<engine>, tm, aligned, imported; default human) and override reason")
    @APIResponse(responseCode = "200", description = "The saved translation, with the QA issues of its text in "
            + "\"issues\"")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "Invalid input: no version or status, "
            + "unknown status or origin, an empty text that is not a draft, a rejection without a comment, a text "
            + "or comment too long")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin, or a "
            + "translator approving or rejecting")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No segment with this id")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Stale version: someone saved since; "
            + "\"current\" is the translation that won")
    @APIResponse(responseCode = "422", description = "Approval refused: the text breaks the glossary (the errors "
            + "in \"issues\"); approve it with a reason in \"override\", or fix it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "GlossaryProblem")))
    @APIResponse(responseCode = "503", ref = "Busy", description = "The segment stayed locked by other work (an "
            + "import into the same document) too long; nothing was stored")
    public TranslationView save(@RestPath long id,
                                @Valid @NotNull(message = "{selaras.body.missing}") SaveRequest body) {
        return translations.save(id, body, identity);
    }

    @GET
    @Path("history")
    @RolesAllowed("**")
    @Operation(summary = "A segment's translation history",
            description = "Every accepted save, oldest first: id, version, text, status, origin, author, time, "
                    + "comment. Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Segment id")
    @APIResponse(responseCode = "200", description = "The revisions (empty before the first save)")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No segment with this id")
    public List<RevisionView> history(@RestPath long id) {
        return translations.history(id);
    }

    @POST
    @Path("restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Restore an earlier revision",
            description = "{\"revision\": N, \"version\": current} puts revision N's text back as a new revision, "
                    + "through the same checks as a save (a stale version gets 409 with \"current\"). The status is "
                    + "kept, except that a rejected revision comes back as a draft, and a translator gets an approved "
                    + "or rejected one back as translated. Roles: translator, reviewer, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Segment id")
    @RequestBody(description = "The revision (version number) to restore and the current version")
    @APIResponse(responseCode = "200", description = "The translation after the restore")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No revision or version given")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No segment with this id, or it has no "
            + "such revision")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Stale version: someone saved since; "
            + "\"current\" is the translation that won")
    @APIResponse(responseCode = "422", description = "The revision was approved and its text now breaks the "
            + "glossary: as for a save",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "GlossaryProblem")))
    @APIResponse(responseCode = "503", ref = "Busy", description = "The segment stayed locked by other work (an "
            + "import into the same document) too long; nothing was stored")
    public TranslationView restore(@RestPath long id,
                                   @Valid @NotNull(message = "{selaras.body.missing}") RestoreRequest body) {
        return translations.restore(id, body.revision(), body.version(), identity);
    }
}
