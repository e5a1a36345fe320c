package org.selaras.memory.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.http.Uploads;
import org.selaras.security.Role;

/**
 * Large TMX files into the memory: sent in parts ({@link MemoryUploads}), imported by a job
 * ({@link MemoryImportJobs}) that any instance can run, follow and cancel. An upload is its sender's own.
 */
@Path("/api/memory/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
@Tag(name = "Memory")
public class MemoryUploadResource {

    private static final String ROLES = " Roles: translator, reviewer, admin (an upload is seen only by its sender).";

    private final MemoryUploads uploads;
    private final MemoryImportJobs jobs;
    private final Uploads bodies;
    private final SecurityIdentity identity;

    public MemoryUploadResource(MemoryUploads uploads, MemoryImportJobs jobs, Uploads bodies, SecurityIdentity identity) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.bodies = bodies;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Begin a large TMX upload for the memory",
            description = "Creates an upload for a TMX file larger than one request may be (up to "
                    + "selaras.import.memory-max-size, 1 GB by default). Send the file in parts with PUT "
                    + "…/parts/{n}, then start the import with POST …/start." + ROLES)
    @Parameter(name = "name", in = ParameterIn.QUERY, description = "The file's name, shown with the import")
    @APIResponse(responseCode = "201", description = "The upload: {id, fileName, size, parts, job}")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "A name longer than 255 characters")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    public Response create(@QueryParam("name") String name, UriInfo uri) {
        MemoryUploads.Upload u = uploads.create(name, who());
        return Response.created(uri.getAbsolutePathBuilder().path(u.id()).build()).entity(u).build();
    }

    @PUT
    @Path("{id}/parts/{n}")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Send one part of a large TMX",
            description = "Part n (from 0) of the file, as the body: at most selaras.upload.max-size each, in "
                    + "order; a part sent again (a retry) replaces the one stored. The parts together make the file "
                    + "byte for byte." + ROLES)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Upload id")
    @Parameter(name = "n", in = ParameterIn.PATH, description = "Part number, from 0")
    @RequestBody(description = "The part's bytes")
    @APIResponse(responseCode = "200", description = "The upload, with its size and parts so far")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "An empty part")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No upload of yours with this id")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "A part out of order (nextPart says "
            + "which comes next), or the import has started")
    @APIResponse(responseCode = "413", ref = "TooLarge", description = "The part, or the file with it, is too large")
    public MemoryUploads.Upload part(@RestPath String id, @RestPath int n, byte[] body) {
        return uploads.putPart(id, n, bodies.body(body), who());
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Import a large TMX into the memory",
            description = "Queues the job that reads the uploaded file: first the whole file is checked, and a "
                    + "file that is not well-formed or holds no Indonesian or English adds nothing (the job fails "
                    + "with the reason and line); then its id→en pairs go into the memory in chunks, as the one-request "
                    + "import does (a pair already there is updated, not added twice). Answers 202; follow it at "
                    + "Location (GET /api/memory/imports/{id})." + ROLES)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Upload id")
    @Parameter(name = "source", in = ParameterIn.QUERY, description = "The variant of Indonesian to read where a "
            + "unit holds several (id-ID, in, ind…)")
    @Parameter(name = "target", in = ParameterIn.QUERY, description = "The variant of English to read where a unit "
            + "holds several (en-GB, en-US, eng…)")
    @APIResponse(responseCode = "202", description = "The import, queued")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No parts yet, or source=/target= "
            + "name another language")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No upload of yours with this id")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The import of this upload has started")
    public Response start(@RestPath String id, @QueryParam("source") String source,
                          @QueryParam("target") String target, UriInfo uri) {
        MemoryImportJobs.View v = jobs.start(id, source, target, who());
        return Response.accepted(v).location(uri.getBaseUriBuilder().path("api/memory/imports/{id}").build(id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Follow a large TMX import",
            description = "The upload and its job: state (uploading, queued, running, done, failed, cancelled), "
                    + "phase (checking, adding), units in the file, pairs, pairs done, added, updated, unchanged, "
                    + "skipped (the first with their line and why in notes), and the job's message. The same on "
                    + "every instance." + ROLES)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Upload id")
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No upload of yours with this id")
    public MemoryImportJobs.View get(@RestPath String id) {
        return jobs.view(id, who());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a large TMX import",
            description = "A queued import ends at once; a running one after its current chunk. Chunks already "
                    + "added stay in the memory (the message says how many)." + ROLES)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Upload id")
    @APIResponse(responseCode = "200", description = "The import, as it is now")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No upload of yours with this id")
    public MemoryImportJobs.View cancel(@RestPath String id) {
        return jobs.cancel(id, who());
    }

    private String who() {
        return identity.getPrincipal().getName();
    }
}
