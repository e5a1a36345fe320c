package org.selaras.memory.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
            + "the memory, not into a document: every id→en unit becomes a memory unit with origin imported (a unit "
            + "the memory already has is not added twice). The whole file is read first (no DTD or external entity "
            + "is ever read), then added in one transaction. Roles: translator, reviewer, admin.";

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
    @APIResponse(responseCode = "200", description = "{added, duplicates, rejected, notes}: new units, units the "
            + "memory already had, units not taken (with why in notes)")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No file or an empty one, XML that is not "
            + "well-formed (its line in \"line\"), or a DOCTYPE that declares entities; nothing was imported")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Busy")
    public MemoryImportService.Report file(@RestForm("file") FileUpload file) {
        return imports.importTmx(uploads.read(file), identity.getPrincipal().getName());
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/x-tmx+xml"})
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(description = "The TMX file: multipart part \"file\", or the XML as the body")
    @APIResponse(responseCode = "200", description = "{added, duplicates, rejected, notes}: new units, units the "
            + "memory already had, units not taken (with why in notes)")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No file or an empty one, XML that is not "
            + "well-formed (its line in \"line\"), or a DOCTYPE that declares entities; nothing was imported")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Busy")
    public MemoryImportService.Report body(byte[] body) {
        return imports.importTmx(uploads.body(body), identity.getPrincipal().getName());
    }
}
