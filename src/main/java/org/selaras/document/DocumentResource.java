package org.selaras.document;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.http.Uploads;
import org.selaras.security.Role;

import java.util.List;

/** Documents over HTTP: import, list, delete (their segments with translations: translation.DocumentSegmentsResource). */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {

    private static final String IMPORT_SUMMARY = "Import a plain-text document";
    private static final String IMPORT_DESCRIPTION = "UTF-8 plain text, each line a paragraph (blank lines separate "
            + "but are not paragraphs), split into sentence segments. Send it as multipart/form-data (part \"file\"; "
            + "optional parts \"name\", default the first line (the headline, at most 120 characters, else the "
            + "file name), and \"targetLanguage\") or as a text/plain body "
            + "named by ?name=. A file named .html/.htm, .docx, .odt, .md or .xlf/.xliff (its first bytes must "
            + "agree) is an article: its blocks with their formatting as tags, its original kept for "
            + "GET /api/documents/{id}/translated. A leading byte-order mark is dropped. Refused with nothing stored: invalid UTF-8, "
            + "binary content, empty text, a sentence over 65,535 characters (400); more than "
            + "selaras.upload.max-size (413). Roles: admin, reviewer, translator.";
    private static final String NAME = "Document name (at most 255 characters; default the text's first line, "
            + "the headline, cut at 120 characters on a word boundary, else \"Untitled\"); for a "
            + "multipart upload the part \"name\", else the headline, else the file name";
    private static final String TARGET_LANGUAGE = "Target language code such as en, ms or en-GB (default "
            + "selaras.target-language, en); a multipart upload may send it as the part \"targetLanguage\"";
    private static final String IMPORT_BODY = "The UTF-8 text: multipart part \"file\" (optional parts \"name\" "
            + "and \"targetLanguage\"), or the text/plain body";
    private static final String IMPORTED = "The document, with its counts; Location is its URL";
    private static final String INVALID = "Invalid input: no file, empty or whitespace-only text, invalid UTF-8 "
            + "or binary content, a sentence longer than 65,535 characters, a bad target language or name";

    private final DocumentService documents;
    private final SecurityIdentity identity;
    private final Uploads uploads;

    public DocumentResource(DocumentService documents, SecurityIdentity identity,
                            Uploads uploads) {
        this.uploads = uploads;
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "All documents",
            description = "Every document with its paragraph, segment and word counts, by id. "
                    + "Roles: any logged-in user.")
    @APIResponse(responseCode = "200", description = "The documents")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<DocumentView> list() {
        return documents.list().stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    @Operation(summary = "One document",
            description = "The document's name, languages, counts, creator and creation time. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public DocumentView get(@RestPath long id) {
        return DocumentView.of(documents.get(id));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    @Parameter(name = "targetLanguage", in = ParameterIn.QUERY, description = TARGET_LANGUAGE)
    @RequestBody(description = IMPORT_BODY)
    @APIResponse(responseCode = "201", description = IMPORTED,
            headers = @Header(name = "Location", description = "/api/documents/{id}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an admin, reviewer or translator")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response importFile(@RestForm("file") FileUpload file, @RestForm("name") String name,
                               @RestForm("targetLanguage") String targetForm,
                               @QueryParam("targetLanguage") String targetQuery, UriInfo uri) {
        byte[] bytes = uploads.read(file);
        return created(documents.importFile(name, file.fileName(), bytes, identity.getPrincipal().getName(), null,
                targetForm != null && !targetForm.isBlank() ? targetForm : targetQuery), uri);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION)
    @Parameter(name = "name", in = ParameterIn.QUERY, description = NAME)
    @Parameter(name = "targetLanguage", in = ParameterIn.QUERY, description = TARGET_LANGUAGE)
    @RequestBody(description = IMPORT_BODY)
    @APIResponse(responseCode = "201", description = IMPORTED,
            headers = @Header(name = "Location", description = "/api/documents/{id}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an admin, reviewer or translator")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response importText(@QueryParam("name") String name, @QueryParam("targetLanguage") String targetLanguage,
                               byte[] body, UriInfo uri) {
        return created(documents.importBytes(name, body == null ? new byte[0] : body,
                identity.getPrincipal().getName(), null, targetLanguage), uri);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Delete a document",
            description = "Deletes the document with its segments, their translations and history. Roles: admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public Response delete(@RestPath long id) {
        documents.delete(id);
        return Response.noContent().build();
    }

    private static Response created(Document doc, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/documents/{id}").build(doc.id))
                .entity(DocumentView.of(doc)).build();
    }
}
