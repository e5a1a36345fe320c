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
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.security.Role;

import java.util.List;

/** A segment's translation: read, save (optimistic locking), history, restore. */
@Path("/api/segments/{id}")
@Produces(MediaType.APPLICATION_JSON)
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
    @Operation(summary = "The segment's current translation (any logged-in user); 404 if it has none")
    public TranslationView get(@RestPath long id) {
        return translations.current(id);
    }

    @PUT
    @Path("translation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Save a translation naming the version edited; stale → 409 with \"current\" "
            + "(translators: draft, translated; reviewers and admins: also approved, rejected with a comment)")
    public TranslationView save(@RestPath long id,
                                @Valid @NotNull(message = "{selaras.body.missing}") SaveRequest body) {
        return translations.save(id, body, identity);
    }

    @GET
    @Path("history")
    @RolesAllowed("**")
    @Operation(summary = "Every accepted save of the segment's translation, oldest first (any logged-in user)")
    public List<RevisionView> history(@RestPath long id) {
        return translations.history(id);
    }

    @POST
    @Path("restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Restore {\"revision\": N} as a new revision, naming the current {\"version\"}")
    public TranslationView restore(@RestPath long id,
                                   @Valid @NotNull(message = "{selaras.body.missing}") RestoreRequest body) {
        return translations.restore(id, body.revision(), body.version(), identity);
    }
}
