package org.selaras.exchange.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.exchange.CorpusWriter;
import org.selaras.exchange.ExportDocument;
import org.selaras.exchange.ExportFormat;
import org.selaras.error.Invalid;

import java.util.List;
import java.util.Locale;

/**
 * A document's aligned corpus, streamed as it is read from the database. (Its own class: a JAX-RS
 * path below /api/documents must be matched by a class path, see {@link CorpusExportResource}.)
 */
@Path("/api/documents/{id}/export")
@Tag(name = "Export")
public class ExportResource {

    static final String FORMAT = "tmx (TMX 1.4b, the default), json, jsonl (one segment per line), tsv (a zip of "
            + "corpus.id, corpus.en and corpus.tsv), xliff (XLIFF 2.0) or xliff12 (XLIFF 1.2)";
    static final String STATUS = "Which translations: any (every segment with a translation, drafts too; the "
            + "default), translated (translated or approved) or approved. Rejected translations only with rejected=true";
    static final String REJECTED = "true: status any takes rejected translations too (left out by default: a "
            + "reviewer said they are wrong); default false";
    static final String ORIGIN = "Comma list of origins to keep: human, mt (every engine), mt:<engine>, tm, aligned, "
            + "imported; default all";
    static final String SINCE = "Only translations changed then or later: an ISO date (2025-01-31, from midnight "
            + "UTC) or date-time (2025-01-31T08:00:00Z)";
    static final String UNTRANSLATED = "true keeps segments without a translation that passes the filters, with an "
            + "empty target (json, jsonl and xliff only; in xliff12 a trans-unit without a target; TMX and TSV never "
            + "hold empty targets); default false";
    static final String TAGGED = "json and jsonl only: true adds sourceTagged and targetTagged (a formatted article's "
            + "text with its tags {1}…{/1}, {2/}; the plain text for other segments) and codes (what each tag stands "
            + "for: id, kind, type, data); default false";
    static final String CELLS = "tsv only: neutralised (the default) puts a ' in front of every cell of corpus.tsv "
            + "that a spreadsheet could take for a formula (it starts with =, +, -, @, a tab, CR, NUL or their "
            + "full-width forms, perhaps after spaces or single quotes), as OWASP advises against CSV injection; raw "
            + "writes the cells as they are. WARNING: never open a raw corpus.tsv in a spreadsheet: a segment such "
            + "as =HYPERLINK(...) becomes a live formula. corpus.id and corpus.en are always as they are";
    static final String INVALID = "Unknown format, status, origin or cells, or a since that is no ISO date or "
            + "date-time";
    static final String DOWNLOAD = "attachment; filename=\"selaras-<document id>-<status>.<ext>\" "
            + "(selaras-corpus-<status>.<ext> for several documents)";

    private final ExportService exports;

    public ExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "Export a document's aligned corpus",
            description = "The document's segments with their translations, in document order, streamed as a "
                    + "download in UTF-8: TMX 1.4b (application/x-tmx+xml), JSON {document, segments}, JSONL "
                    + "(application/x-ndjson), TSV (application/zip), XLIFF 2.0 or XLIFF 1.2 (application/xliff+xml). "
                    + "Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = FORMAT, schema = @Schema(type = SchemaType.STRING,
            enumeration = {"tmx", "json", "jsonl", "tsv", "xliff", "xliff12"}, defaultValue = "tmx"))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = STATUS, schema = @Schema(type = SchemaType.STRING,
            enumeration = {"any", "translated", "approved"}, defaultValue = "any"))
    @Parameter(name = "origin", in = ParameterIn.QUERY, description = ORIGIN)
    @Parameter(name = "since", in = ParameterIn.QUERY, description = SINCE)
    @Parameter(name = "untranslated", in = ParameterIn.QUERY, description = UNTRANSLATED)
    @Parameter(name = "cells", in = ParameterIn.QUERY, description = CELLS, schema = @Schema(type = SchemaType.STRING,
            enumeration = {"neutralised", "raw"}, defaultValue = "neutralised"))
    @Parameter(name = "tagged", in = ParameterIn.QUERY, description = TAGGED)
    @Parameter(name = "rejected", in = ParameterIn.QUERY, description = REJECTED)
    @APIResponse(responseCode = "200", description = "The corpus file",
            headers = @Header(name = "Content-Disposition", description = DOWNLOAD, schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "application/x-tmx+xml", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/xliff+xml", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = "BadRequest", description = INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public Response document(@RestPath long id, @QueryParam("format") String format, @QueryParam("status") String status,
                             @QueryParam("origin") String origin, @QueryParam("since") String since,
                             @QueryParam("untranslated") boolean untranslated, @QueryParam("cells") String cells,
                             @QueryParam("tagged") boolean tagged, @QueryParam("rejected") boolean rejected) {
        ExportFormat f = format(format);
        ExportFilter filter = ExportFilter.parse(status, origin, since, untranslated, rejected);
        boolean raw = rawCells(cells);
        return stream(exports, exports.documents(List.of(id)), f, filter, raw, false, tagged,
                "selaras-" + id + "-" + filter.status());
    }

    static ExportFormat format(String format) {
        ExportFormat f = ExportFormat.parse(format == null || format.isBlank() ? "tmx" : format);
        if (f == null) {
            throw new Invalid("Unknown format \"" + format + "\"; use tmx, json, jsonl, tsv, xliff or xliff12.");
        }
        return f;
    }

    /** The cells parameter: true for raw, false for neutralised (the default); anything else is a 400. */
    static boolean rawCells(String cells) {
        String c = cells == null ? "" : cells.trim().toLowerCase(Locale.ROOT);
        return switch (c) {
            case "", "neutralised", "neutralized" -> false;
            case "raw" -> true;
            default -> throw new Invalid("Unknown cells \"" + cells + "\"; use neutralised (the default) or raw.");
        };
    }

    static Response stream(ExportService exports, List<ExportDocument> docs, ExportFormat format, ExportFilter filter,
                           boolean rawCells, boolean multi, boolean tagged, String baseName) {
        ExportFilter effective = format.keepsUntranslated() ? filter
                : filter.keepingUntranslated(false);
        CorpusWriter writer = format.writer(exports.toolVersion(), multi, rawCells, tagged);
        StreamingOutput body = out -> exports.write(docs, effective, writer, out);
        String type = format.mediaType() + (format == ExportFormat.TSV ? "" : "; charset=UTF-8");
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension() + "\"")
                .build();
    }
}
