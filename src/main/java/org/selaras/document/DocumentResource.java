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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.http.Uploads;
import org.selaras.security.Role;

import java.util.List;

/** Documents over HTTP: import, list, delete (their segments with translations: translation.DocumentSegmentsResource). */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

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
    @Operation(summary = "All documents with their counts (any logged-in user)")
    public List<DocumentView> list() {
        return documents.list().stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    @Operation(summary = "One document (any logged-in user)")
    public DocumentView get(@RestPath long id) {
        return DocumentView.of(documents.get(id));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = "Import a UTF-8 plain-text file (part \"file\"; optional parts \"name\", \"targetLanguage\" "
            + "or ?targetLanguage=, default selaras.target-language); each line is a paragraph")
    public Response importFile(@RestForm("file") FileUpload file, @RestForm("name") String name,
                               @RestForm("targetLanguage") String targetForm,
                               @QueryParam("targetLanguage") String targetQuery, UriInfo uri) {
        byte[] bytes = uploads.read(file);
        String docName = name != null && !name.isBlank() ? name : file.fileName();
        return created(documents.importBytes(docName, bytes, identity.getPrincipal().getName(), null,
                targetForm != null && !targetForm.isBlank() ? targetForm : targetQuery), uri);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    @Operation(summary = "Import UTF-8 plain text sent as the body, named by ?name=, into ?targetLanguage= "
            + "(default selaras.target-language); each line is a paragraph")
    public Response importText(@QueryParam("name") String name, @QueryParam("targetLanguage") String targetLanguage,
                               byte[] body, UriInfo uri) {
        return created(documents.importBytes(name, body == null ? new byte[0] : body,
                identity.getPrincipal().getName(), null, targetLanguage), uri);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Delete a document with its segments (admin)")
    public Response delete(@RestPath long id) {
        documents.delete(id);
        return Response.noContent().build();
    }

    private static Response created(Document doc, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/documents/{id}").build(doc.id))
                .entity(DocumentView.of(doc)).build();
    }
}
