package org.selaras.memory.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.http.Uploads;
import org.selaras.security.Role;

/** A TMX file into the translation memory (see {@link MemoryImportService}). */
@Path("/api/memory/import/tmx")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
public class MemoryImportResource {

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
    @Operation(summary = "TMX (multipart part \"file\") into the translation memory (translator, reviewer, admin)")
    public MemoryImportService.Report file(@RestForm("file") FileUpload file) {
        return imports.importTmx(uploads.read(file), identity.getPrincipal().getName());
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/x-tmx+xml"})
    @Operation(summary = "TMX sent as the body, into the translation memory (translator, reviewer, admin)")
    public MemoryImportService.Report body(byte[] body) {
        return imports.importTmx(uploads.body(body), identity.getPrincipal().getName());
    }
}
