package org.selaras.exchange.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.exchange.ImportReport;
import org.selaras.http.Uploads;
import org.selaras.security.Role;

/** TMX and XLIFF files into a document's translations; answers with an {@link ImportReport}. */
@Path("/api/documents/{id}/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
public class ImportResource {

    private final ImportService imports;
    private final Uploads uploads;
    private final SecurityIdentity identity;

    public ImportResource(ImportService imports, Uploads uploads, SecurityIdentity identity) {
        this.imports = imports;
        this.uploads = uploads;
        this.identity = identity;
    }

    @POST
    @Path("tmx")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "TMX (multipart part \"file\") into the document's translations, matched on source text; "
            + "saved as translated, origin imported; overwrite=true also replaces confirmed translations")
    public ImportReport tmxFile(@RestPath long id, @RestForm("file") FileUpload file, @QueryParam("overwrite") boolean overwrite) {
        return imports.importTmx(id, uploads.read(file), overwrite, identity);
    }

    @POST
    @Path("tmx")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/x-tmx+xml"})
    @Operation(summary = "TMX sent as the body")
    public ImportReport tmxBody(@RestPath long id, byte[] body, @QueryParam("overwrite") boolean overwrite) {
        return imports.importTmx(id, uploads.body(body), overwrite, identity);
    }

    @POST
    @Path("xliff")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "An XLIFF 2 file exported from Selaras and translated elsewhere (part \"file\"); units whose "
            + "source changed are refused; a translation changed in Selaras since the export is kept (conflict)")
    public ImportReport xliffFile(@RestPath long id, @RestForm("file") FileUpload file, @QueryParam("overwrite") boolean overwrite) {
        return imports.importXliff(id, uploads.read(file), overwrite, identity);
    }

    @POST
    @Path("xliff")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/xliff+xml"})
    @Operation(summary = "XLIFF 2 sent as the body")
    public ImportReport xliffBody(@RestPath long id, byte[] body, @QueryParam("overwrite") boolean overwrite) {
        return imports.importXliff(id, uploads.body(body), overwrite, identity);
    }
}
