package org.selaras.exchange.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.selaras.exchange.ExportDocument;
import org.selaras.exchange.ExportFormat;

import java.util.List;

/** Several documents' aligned corpus in one file, streamed. */
@Path("/api/export")
public class CorpusExportResource {

    private final ExportService exports;

    public CorpusExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Several documents (documents=1,2 or documents=1&documents=2; none: all) in one file; same parameters as a document's "
            + "export. JSON: {\"documents\": [{\"document\", \"segments\"}]}")
    public Response corpus(@QueryParam("documents") List<String> documents, @QueryParam("format") String format,
                           @QueryParam("status") String status, @QueryParam("origin") String origin,
                           @QueryParam("since") String since, @QueryParam("untranslated") boolean untranslated) {
        List<Long> ids = ExportService.parseIds(documents == null ? null : String.join(",", documents));
        ExportFormat f = ExportResource.format(format);
        ExportFilter filter = ExportFilter.parse(status, origin, since, untranslated);
        List<ExportDocument> docs = exports.documents(ids);
        String name = docs.size() == 1 ? "selaras-" + docs.get(0).id() : "selaras-corpus";
        return ExportResource.stream(exports, docs, f, filter, true, name + "-" + filter.status());
    }
}
