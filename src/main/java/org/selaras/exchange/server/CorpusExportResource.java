package org.selaras.exchange.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.selaras.exchange.ExportDocument;
import org.selaras.exchange.ExportFormat;

import java.util.List;

/** Several documents' aligned corpus in one file, streamed. */
@Path("/api/export")
@Tag(name = "Export")
public class CorpusExportResource {

    private final ExportService exports;

    public CorpusExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Export several documents in one file",
            description = "As a document's export, for several documents (by id) in one file; JSON is then "
                    + "{\"documents\": [{document, segments}]}. Roles: any logged-in user.")
    @Parameter(name = "documents", in = ParameterIn.QUERY, description = "Document ids, comma-separated "
            + "(documents=1,2) or repeated (documents=1&documents=2); none: every document")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = ExportResource.FORMAT,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"tmx", "json", "jsonl", "tsv", "xliff", "xliff12"},
                    defaultValue = "tmx"))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = ExportResource.STATUS,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"any", "translated", "approved"},
                    defaultValue = "any"))
    @Parameter(name = "origin", in = ParameterIn.QUERY, description = ExportResource.ORIGIN)
    @Parameter(name = "since", in = ParameterIn.QUERY, description = ExportResource.SINCE)
    @Parameter(name = "untranslated", in = ParameterIn.QUERY, description = ExportResource.UNTRANSLATED)
    @Parameter(name = "cells", in = ParameterIn.QUERY, description = ExportResource.CELLS,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"neutralised", "raw"},
                    defaultValue = "neutralised"))
    @APIResponse(responseCode = "200", description = "The corpus file",
            headers = @Header(name = "Content-Disposition", description = ExportResource.DOWNLOAD,
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "application/x-tmx+xml", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/xliff+xml", schema = @Schema(type = SchemaType.STRING))
            })
    @Parameter(name = "tagged", in = ParameterIn.QUERY, description = ExportResource.TAGGED)
    @Parameter(name = "rejected", in = ParameterIn.QUERY, description = ExportResource.REJECTED)
    @APIResponse(responseCode = "400", ref = "BadRequest", description = ExportResource.INVALID
            + ", or documents that are not ids")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "One of the documents does not exist")
    public Response corpus(@QueryParam("documents") List<String> documents, @QueryParam("format") String format,
                           @QueryParam("status") String status, @QueryParam("origin") String origin,
                           @QueryParam("since") String since, @QueryParam("untranslated") boolean untranslated,
                           @QueryParam("cells") String cells, @QueryParam("tagged") boolean tagged,
                           @QueryParam("rejected") boolean rejected) {
        List<Long> ids = ExportService.parseIds(documents == null ? null : String.join(",", documents));
        ExportFormat f = ExportResource.format(format);
        ExportFilter filter = ExportFilter.parse(status, origin, since, untranslated, rejected);
        boolean raw = ExportResource.rawCells(cells);
        List<ExportDocument> docs = exports.documents(ids);
        String name = docs.size() == 1 ? "selaras-" + docs.get(0).id() : "selaras-corpus";
        return ExportResource.stream(exports, docs, f, filter, raw, true, tagged, name + "-" + filter.status());
    }
}
