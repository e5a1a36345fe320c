package org.selaras.exchange.server;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.document.Document;
import org.selaras.document.DocumentService;
import org.selaras.error.DomainException;
import org.selaras.error.Invalid;
import org.selaras.exchange.ImportReport;
import org.selaras.http.Csrf;
import org.selaras.http.ProblemMappers;
import org.selaras.http.Uploads;
import org.selaras.http.Viewer;
import org.selaras.security.Role;

import java.util.Base64;
import java.util.Locale;

/**
 * The page to import translations (TMX, XLIFF) into a document: "preview" runs the import as a dry run and shows
 * its report with an Apply button that posts the same file again with "apply" (the glossary import's way: the file
 * travels in the page, nothing is kept on the server between the two). Roles: translator, reviewer, admin.
 */
@Path("/documents/{id}/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
public class ImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Document document, String error, Viewer viewer);

        static native TemplateInstance report(Document document, ImportReport report, boolean applied, String fileName,
                                              String file, boolean overwrite, Viewer viewer);
    }

    private final ImportService imports;
    private final DocumentService documents;
    private final Uploads uploads;
    private final SecurityIdentity identity;

    public ImportPages(ImportService imports, DocumentService documents, Uploads uploads, SecurityIdentity identity) {
        this.imports = imports;
        this.documents = documents;
        this.uploads = uploads;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form(@RestPath long id) {
        return Templates.form(documents.get(id), null, Viewer.of(identity));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestPath long id, @RestForm("file") FileUpload file, @RestForm String overwrite,
                               @RestForm String action, @RestForm(Csrf.FIELD) String csrf,
                               @CookieParam(Csrf.COOKIE) String csrfCookie) {
        Csrf.check(csrfCookie, csrf);
        Document document = documents.get(id);
        try {
            if (file == null || file.fileName() == null || file.fileName().isEmpty()) {
                throw new Invalid("Choose a TMX or XLIFF file.");
            }
            byte[] bytes = uploads.read(file);
            boolean apply = "apply".equals(action);
            boolean replace = "true".equals(overwrite);
            ImportReport report = tmx(file.fileName())
                    ? imports.importTmx(id, bytes, replace, null, null, apply, identity)
                    : imports.importXliff(id, bytes, replace, false, apply, identity);
            // the preview carries the file back (base64, in the page only) so that Apply posts the same bytes
            String again = apply ? null : Base64.getEncoder().encodeToString(bytes);
            return Response.ok(Templates.report(document, report, apply, file.fileName(), again, replace,
                    Viewer.of(identity))).build();
        } catch (DomainException e) {
            return Response.status(ProblemMappers.status(e))
                    .entity(Templates.form(document, e.getMessage(), Viewer.of(identity))).build();
        }
    }

    /** A .tmx file is TMX; anything else (.xlf, .xliff, .sdlxliff, .mqxliff…) is read as XLIFF. */
    static boolean tmx(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".tmx");
    }
}
