package org.selaras.translation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.http.ProblemException;
import org.selaras.security.Role;

import java.util.List;

/** A segment's translation: read, save (optimistic locking), history, restore. */
@Path("/api/segments/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class TranslationResource {

    public record RestoreRequest(Integer revision, Integer version) {
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
        translations.requireSegment(id);
        TranslationView t = translations.current(id);
        if (t == null) {
            throw ProblemException.notFound("Segment " + id + " has no translation yet.");
        }
        return t;
    }

    @PUT
    @Path("translation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Save a translation naming the version edited; stale → 409 with \"current\" "
            + "(translators: draft, translated; reviewers and admins: also approved, rejected with a comment)")
    public TranslationView save(@RestPath long id, SaveRequest body) {
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
    public TranslationView restore(@RestPath long id, RestoreRequest body) {
        if (body == null || body.revision() == null) {
            throw ProblemException.badRequest("Send {\"revision\": <version to restore>, \"version\": <current version>}.");
        }
        return translations.restore(id, body.revision(), body.version(), identity);
    }
}
