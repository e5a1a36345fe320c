package org.selaras.align.server;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.document.Document;
import org.selaras.document.DocumentService;
import org.selaras.http.Viewer;

/** The alignment page of a document; align.js does the work through /api/documents/{id}/alignment. */
@Path("/documents/{id}/align")
@Produces(MediaType.TEXT_HTML)
public class AlignPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance align(Document document, Viewer viewer);
    }

    private final DocumentService documents;
    private final SecurityIdentity identity;

    public AlignPages(DocumentService documents, SecurityIdentity identity) {
        this.documents = documents;
        this.identity = identity;
    }

    @GET
    @RolesAllowed("**")
    public TemplateInstance align(@RestPath long id) {
        return Templates.align(documents.get(id), Viewer.of(identity));
    }
}
