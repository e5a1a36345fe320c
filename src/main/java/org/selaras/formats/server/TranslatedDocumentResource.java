package org.selaras.formats.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The translated document as a file, in the format it was imported from. */
@Path("/api/documents/{id}/translated")
@Tag(name = "Documents")
public class TranslatedDocumentResource {

    private final TranslatedDocumentService translated;

    public TranslatedDocumentResource(TranslatedDocumentService translated) {
        this.translated = translated;
    }

    @GET
    @RolesAllowed("**")
    @Produces({"text/html", "text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "text/markdown", "application/xliff+xml", "application/problem+json"})
    @Operation(summary = "Download the translated document",
            description = "The document in the format it was imported from (HTML, DOCX, ODT, Markdown, XLIFF or text), with the English "
                    + "of each segment in place and the formatting (bold, italics, links, tables, footnotes) of the "
                    + "original. A segment without a translation, with an empty one or a rejected one keeps its "
                    + "Indonesian, unless ?require= asks for more. Always a download (Content-Disposition: "
                    + "attachment), never shown as a page. Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "require", in = ParameterIn.QUERY, description = "translated (every segment translated or "
            + "approved) or approved (every segment approved); otherwise 409 naming how many fall short")
    @APIResponse(responseCode = "200", description = "The file",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"<name>.en.<ext>\"",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "require is not translated or approved")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Some segment is not at the required status")
    public Response download(@RestPath long id, @QueryParam("require") String require) {
        TranslatedDocumentService.TranslatedFile file = translated.translated(id, require);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                // a downloaded HTML article opened from our origin must not run its scripts here
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .build();
    }
}
