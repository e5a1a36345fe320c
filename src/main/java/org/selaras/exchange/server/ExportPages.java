package org.selaras.exchange.server;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selaras.document.DocumentService;
import org.selaras.http.Viewer;
import org.selaras.translation.DocumentProgress;
import org.selaras.translation.TranslationService;

import java.util.List;

/** The export page: choose documents, format and filters; the form GETs /api/export (a download). */
@Path("/export")
@Produces(MediaType.TEXT_HTML)
public class ExportPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance export(List<DocumentProgress> rows, Viewer viewer);
    }

    private final DocumentService documents;
    private final TranslationService translations;
    private final SecurityIdentity identity;

    public ExportPages(DocumentService documents, TranslationService translations, SecurityIdentity identity) {
        this.documents = documents;
        this.translations = translations;
        this.identity = identity;
    }

    @GET
    @RolesAllowed("**")
    public TemplateInstance page() {
        List<DocumentProgress> rows = translations.progressOf(documents.list());
        return Templates.export(rows, Viewer.of(identity));
    }
}
