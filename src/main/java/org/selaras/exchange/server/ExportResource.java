package org.selaras.exchange.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.exchange.CorpusWriter;
import org.selaras.exchange.ExportDocument;
import org.selaras.exchange.ExportFormat;
import org.selaras.error.Invalid;

import java.util.List;

/**
 * A document's aligned corpus, streamed as it is read from the database. (Its own class: a JAX-RS
 * path below /api/documents must be matched by a class path, see {@link CorpusExportResource}.)
 */
@Path("/api/documents/{id}/export")
public class ExportResource {

    private final ExportService exports;

    public ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "One document's aligned corpus: format=tmx|json|jsonl|tsv|xliff, status=any|translated|approved, "
            + "origin=human,mt,mt:<engine>,tm,aligned,imported, since=ISO date, untranslated=true keeps segments "
            + "without such a translation with an empty target (json, jsonl, xliff)")
    public Response document(@RestPath long id, @QueryParam("format") String format, @QueryParam("status") String status,
                             @QueryParam("origin") String origin, @QueryParam("since") String since,
                             @QueryParam("untranslated") boolean untranslated) {
        ExportFormat f = format(format);
        ExportFilter filter = ExportFilter.parse(status, origin, since, untranslated);
        return stream(exports, exports.documents(List.of(id)), f, filter, false, "selaras-" + id + "-" + filter.status());
    }

    static ExportFormat format(String format) {
        ExportFormat f = ExportFormat.parse(format == null || format.isBlank() ? "tmx" : format);
        if (f == null) {
            throw new Invalid("Unknown format \"" + format + "\"; use tmx, json, jsonl, tsv or xliff.");
        }
        return f;
    }

    static Response stream(ExportService exports, List<ExportDocument> docs, ExportFormat format, ExportFilter filter, boolean multi,
                            String baseName) {
        ExportFilter effective = format.keepsUntranslated() ? filter
                : new ExportFilter(filter.status(), filter.origins(), filter.since(), false);
        CorpusWriter writer = format.writer(exports.toolVersion(), multi);
        StreamingOutput body = out -> exports.write(docs, effective, writer, out);
        String type = format.mediaType() + (format == ExportFormat.TSV ? "" : "; charset=UTF-8");
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .build();
    }
}
