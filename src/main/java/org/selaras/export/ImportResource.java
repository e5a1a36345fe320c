package org.selaras.export;

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
import org.selaras.document.DocumentService;
import org.selaras.problem.ProblemException;
import org.selaras.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** TMX and XLIFF files into a document's translations; answers with an {@link ImportReport}. */
@Path("/api/documents/{id}/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
public class ImportResource {

    private final ImportService imports;
    private final DocumentService documents;
    private final SecurityIdentity identity;

    public ImportResource(ImportService imports, DocumentService documents, SecurityIdentity identity) {
        this.imports = imports;
        this.documents = documents;
        this.identity = identity;
    }

    @POST
    @Path("tmx")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "TMX (multipart part \"file\") into the document's translations, matched on source text; "
            + "saved as translated, origin imported; overwrite=true also replaces confirmed translations")
    public ImportReport tmxFile(@RestPath long id, @RestForm("file") FileUpload file, @QueryParam("overwrite") boolean overwrite) {
        return imports.importTmx(id, bytes(file), overwrite, identity);
    }

    @POST
    @Path("tmx")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/x-tmx+xml"})
    @Operation(summary = "TMX sent as the body")
    public ImportReport tmxBody(@RestPath long id, byte[] body, @QueryParam("overwrite") boolean overwrite) {
        return imports.importTmx(id, body(body), overwrite, identity);
    }

    @POST
    @Path("xliff")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "An XLIFF 2 file exported from Selaras and translated elsewhere (part \"file\"); units whose "
            + "source changed are refused; a translation changed in Selaras since the export is kept (conflict)")
    public ImportReport xliffFile(@RestPath long id, @RestForm("file") FileUpload file, @QueryParam("overwrite") boolean overwrite) {
        return imports.importXliff(id, bytes(file), overwrite, identity);
    }

    @POST
    @Path("xliff")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/xliff+xml"})
    @Operation(summary = "XLIFF 2 sent as the body")
    public ImportReport xliffBody(@RestPath long id, byte[] body, @QueryParam("overwrite") boolean overwrite) {
        return imports.importXliff(id, body(body), overwrite, identity);
    }

    private byte[] bytes(FileUpload file) {
        if (file == null) {
            throw ProblemException.badRequest("Send the file in a multipart part named \"file\".");
        }
        documents.checkSize(file.size());
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] body(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("The request has no body; send the file.");
        }
        documents.checkSize(body.length);
        return body;
    }
}
