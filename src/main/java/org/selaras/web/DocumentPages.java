package org.selaras.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.document.Document;
import org.selaras.document.DocumentService;
import org.selaras.document.Segment;
import org.selaras.problem.ProblemException;
import org.selaras.security.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The documents list (with the import form) and the read-only document page. */
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentPages {

    /** Segments of one paragraph, for grouping on the page. */
    public record Paragraph(int number, List<Segment> segments) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Document> documents, String error, Viewer viewer);

        static native TemplateInstance document(Document document, List<Paragraph> paragraphs, Viewer viewer);
    }

    private final DocumentService documents;
    private final SecurityIdentity identity;

    public DocumentPages(DocumentService documents, SecurityIdentity identity) {
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @RolesAllowed("**")
    public TemplateInstance list() {
        return Templates.list(documents.list(), null, Viewer.of(identity));
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    public TemplateInstance document(@RestPath long id) {
        Document doc = documents.find(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Segment s : documents.segments(id)) {
            if (paragraphs.isEmpty() || paragraphs.get(paragraphs.size() - 1).number() != s.paragraph) {
                paragraphs.add(new Paragraph(s.paragraph, new ArrayList<>()));
            }
            paragraphs.get(paragraphs.size() - 1).segments().add(s);
        }
        return Templates.document(doc, paragraphs, Viewer.of(identity));
    }

    /** The browser's import form (multipart, with CSRF token); errors come back on the same page. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR})
    public Response importFile(@RestForm("file") FileUpload file, @RestForm("name") String name,
                               @RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie,
                               UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        try {
            if (file == null || file.fileName() == null || file.fileName().isEmpty()) {
                throw ProblemException.badRequest("Choose a UTF-8 text file to import.");
            }
            documents.checkSize(file.size());
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            String docName = name != null && !name.isBlank() ? name : file.fileName();
            Document doc = documents.importBytes(docName, bytes, identity.getPrincipal().getName(), null);
            return Response.seeOther(uri.getBaseUriBuilder().path("documents/{id}").build(doc.id)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).type(MediaType.TEXT_HTML)
                    .entity(Templates.list(documents.list(), e.getMessage(), Viewer.of(identity))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
