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
import org.selaras.error.DomainException;
import org.selaras.error.Invalid;
import org.selaras.http.Csrf;
import org.selaras.http.ProblemMappers;
import org.selaras.http.Uploads;
import org.selaras.http.Viewer;
import org.selaras.security.Role;
import org.selaras.terms.server.TermsService;
import org.selaras.translation.DocumentProgress;
import org.selaras.translation.TranslationService;

import java.util.List;
import java.util.Map;

/** The documents list (with the import form) and the document page (the editor). */
@Path("/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<DocumentProgress> rows, Map<Long, Integer> candidates, String error,
                                            Viewer viewer);

        static native TemplateInstance document(Document document, Viewer viewer);
    }

    private final DocumentService documents;
    private final TranslationService translations;
    private final SecurityIdentity identity;
    private final Uploads uploads;
    private final TermsService terms;

    public DocumentPages(DocumentService documents, TranslationService translations, SecurityIdentity identity,
                         Uploads uploads, TermsService terms) {
        this.uploads = uploads;
        this.terms = terms;
        this.documents = documents;
        this.translations = translations;
        this.identity = identity;
    }

    private List<DocumentProgress> rows() {
        return translations.progressOf(documents.list());
    }

    @GET
    @RolesAllowed("**")
    public TemplateInstance list() {
        return list(rows(), null);
    }

    /** The list; terminologists and admins also see how many new term candidates each document brought. */
    private TemplateInstance list(List<DocumentProgress> rows, String error) {
        Viewer viewer = Viewer.of(identity);
        Map<Long, Integer> candidates = viewer.canEditGlossary()
                ? terms.newCandidateCounts(rows.stream().map(r -> r.doc().id).toList()) : Map.of();
        return Templates.list(rows, candidates, error, viewer);
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    public TemplateInstance document(@RestPath long id) {
        // the editor script loads the segments with their translations from the API (one request)
        return Templates.document(documents.get(id), Viewer.of(identity));
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
                throw new Invalid("Choose a UTF-8 text file to import.");
            }
            byte[] bytes = uploads.read(file);
            Document doc = documents.importFile(name, file.fileName(), bytes, identity.getPrincipal().getName(), null,
                    null);
            return Response.seeOther(uri.getBaseUriBuilder().path("documents/{id}").build(doc.id)).build();
        } catch (DomainException e) {
            return Response.status(ProblemMappers.status(e)).type(MediaType.TEXT_HTML)
                    .entity(list(rows(), e.getMessage())).build();
        }
    }
}
