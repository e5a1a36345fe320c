package org.selaras.memory.server;

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
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.error.DomainException;
import org.selaras.error.Invalid;
import org.selaras.http.Csrf;
import org.selaras.http.ProblemMappers;
import org.selaras.http.Uploads;
import org.selaras.http.Viewer;
import org.selaras.security.Role;

import java.util.Base64;

/**
 * The page to import a TMX into the translation memory: "preview" is a dry run whose report has an Apply button
 * that posts the same file again with "apply" (as the glossary import). Roles: translator, reviewer, admin.
 */
@Path("/memory/import")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
public class MemoryImportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(String error, Viewer viewer);

        static native TemplateInstance report(MemoryImportService.Report report, boolean applied, String fileName,
                                              String file, Viewer viewer);
    }

    private final MemoryImportService imports;
    private final Uploads uploads;
    private final SecurityIdentity identity;

    public MemoryImportPages(MemoryImportService imports, Uploads uploads, SecurityIdentity identity) {
        this.imports = imports;
        this.uploads = uploads;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form() {
        return Templates.form(null, Viewer.of(identity));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file, @RestForm String action,
                               @RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie) {
        Csrf.check(csrfCookie, csrf);
        try {
            if (file == null || file.fileName() == null || file.fileName().isEmpty()) {
                throw new Invalid("Choose a TMX file.");
            }
            byte[] bytes = uploads.read(file);
            boolean apply = "apply".equals(action);
            MemoryImportService.Report report = imports.importTmx(bytes, null, null, apply,
                    identity.getPrincipal().getName());
            String again = apply ? null : Base64.getEncoder().encodeToString(bytes);
            return Response.ok(Templates.report(report, apply, file.fileName(), again, Viewer.of(identity))).build();
        } catch (DomainException e) {
            return Response.status(ProblemMappers.status(e)).entity(Templates.form(e.getMessage(), Viewer.of(identity)))
                    .build();
        }
    }
}
