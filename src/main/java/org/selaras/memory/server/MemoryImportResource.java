package org.selaras.memory.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.http.Uploads;
import org.selaras.security.Role;

/** A TMX file into the translation memory (see {@link MemoryImportService}). */
@Path("/api/memory/import/tmx")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
@Tag(name = "Memory")
public class MemoryImportResource {

    private static final String SUMMARY = "Import TMX into the translation memory";
    private static final String DESCRIPTION = "A TMX file (multipart part \"file\", or the XML as the body) into "
            + "the memory, not into a document: every id→en unit becomes a memory unit with origin imported, with its "
            + "notes and props as the unit's note (a pair the memory already has is updated, not added twice). The whole file is read first (no DTD or external entity "
            + "is ever read), then added in one transaction. Roles: translator, reviewer, admin.";

    private static final String REPORT = "{added, updated, unchanged, skipped, notes}: new pairs, pairs the memory "
            + "had and that took the file's note, pairs it had as they are, units not taken (line and why in notes); "
            + "duplicates (updated + unchanged) and rejected (= skipped) are older names";
    private static final String INVALID = "No file or an empty one, bytes that are not text in the file's encoding, "
            + "XML that is not well-formed (its line in \"line\"), a DOCTYPE that declares entities, or a file without "
            + "Indonesian or English units (the languages it holds in \"languages\"); nothing was imported";

    private final MemoryImportService imports;
    private final Uploads uploads;
    private final SecurityIdentity identity;

    public MemoryImportResource(MemoryImportService imports, Uploads uploads, SecurityIdentity identity) {
        this.imports = imports;
        this.uploads = uploads;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(description = "The TMX file: multipart part \"file\", or the XML as the body")
    @Parameter(name = "source", in = ParameterIn.QUERY, description = "The variant of Indonesian to read where a "
            + "unit holds several (id-ID, in, ind…); default: the first Indonesian tuv")
    @Parameter(name = "target", in = ParameterIn.QUERY, description = "The variant of English to read where a unit "
            + "holds several (en-GB, en-US, eng…); default: the first English tuv")
    @Parameter(name = "dryRun", in = ParameterIn.QUERY, description = "true: report what the import would do, "
            + "store nothing; default false")
    @APIResponse(responseCode = "200", description = REPORT)
    @APIResponse(responseCode = "400", ref = "BadRequest", description = INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Busy")
    public MemoryImportService.Report file(@RestForm("file") FileUpload file, @QueryParam("source") String source,
                                           @QueryParam("target") String target, @QueryParam("dryRun") boolean dryRun) {
        return imports.importTmx(uploads.read(file), source, target, !dryRun, identity.getPrincipal().getName());
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/x-tmx+xml"})
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(description = "The TMX file: multipart part \"file\", or the XML as the body")
    @Parameter(name = "source", in = ParameterIn.QUERY, description = "The variant of Indonesian to read where a "
            + "unit holds several (id-ID, in, ind…); default: the first Indonesian tuv")
    @Parameter(name = "target", in = ParameterIn.QUERY, description = "The variant of English to read where a unit "
            + "holds several (en-GB, en-US, eng…); default: the first English tuv")
    @Parameter(name = "dryRun", in = ParameterIn.QUERY, description = "true: report what the import would do, "
            + "store nothing; default false")
    @APIResponse(responseCode = "200", description = REPORT)
    @APIResponse(responseCode = "400", ref = "BadRequest", description = INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Busy")
    public MemoryImportService.Report body(byte[] body, @QueryParam("source") String source,
                                           @QueryParam("target") String target, @QueryParam("dryRun") boolean dryRun) {
        return imports.importTmx(uploads.body(body), source, target, !dryRun, identity.getPrincipal().getName());
    }
}
