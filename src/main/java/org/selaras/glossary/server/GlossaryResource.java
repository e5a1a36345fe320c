package org.selaras.glossary.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.error.Invalid;
import org.selaras.exchange.GlossaryTable;
import org.selaras.exchange.TbxWriter;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.http.Uploads;
import org.selaras.security.Role;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The glossary over HTTP. Everyone logged in reads; terminologists and admins write. */
@Path("/api/glossary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Glossary")
public class GlossaryResource {

    private static final String FORMATS = "tbx (TBX 2008, martif), csv or tsv";
    private static final String ENTRY_INVALID = "Invalid entry: no source or target, an unknown kind or status, a "
            + "term or list too long, a form both allowed and forbidden";

    /** An entry after a change, with how many stored translations now break it. */
    public record Changed(EntryView entry, long breaking) {
    }

    private final GlossaryService glossary;
    private final SecurityIdentity identity;
    private final Uploads uploads;

    public GlossaryResource(GlossaryService glossary, SecurityIdentity identity, Uploads uploads) {
        this.glossary = glossary;
        this.identity = identity;
        this.uploads = uploads;
    }

    @GET
    @Path("entries")
    @RolesAllowed("**")
    @Operation(summary = "Glossary entries",
            description = "Entries by Indonesian term, optionally filtered: {id, source, target, variants, forbidden, "
                    + "kind, caseSensitive, status, note, author, created, updated, version}. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text contained (case ignored) in the term, the "
            + "English, a variant, a forbidden form or the note")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Only this kind of term",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"person", "title", "organisation", "place", "event", "other"}))
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only this status of term",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"preferred", "admitted", "deprecated"}))
    @APIResponse(responseCode = "200", description = "The entries")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "Unknown kind or status")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<EntryView> list(@QueryParam("q") String q, @QueryParam("kind") String kind,
                                @QueryParam("status") String status) {
        return glossary.list(q, kind, status).stream().map(EntryView::of).toList();
    }

    @GET
    @Path("entries/{id}")
    @RolesAllowed("**")
    @Operation(summary = "One glossary entry",
            description = "The entry with its version, which a change or delete must name. Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Entry id")
    @APIResponse(responseCode = "200", description = "The entry")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No entry with this id")
    public EntryView get(@RestPath long id) {
        return EntryView.of(glossary.get(id));
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    @Operation(summary = "Add a glossary entry",
            description = "{source, target, variants, forbidden, kind, caseSensitive, status, note}: kind defaults to "
                    + "other, status to preferred, caseSensitive to true only for short all-capitals terms. Answers "
                    + "with the entry and how many stored translations break it now. Roles: terminologist, admin.")
    @RequestBody(description = "The new entry")
    @APIResponse(responseCode = "201", description = "{entry, breaking}; Location is the entry's URL",
            headers = @Header(name = "Location", description = "/api/glossary/entries/{id}",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Changed.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = ENTRY_INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a terminologist or admin")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The glossary already has this term; "
            + "\"current\" is that entry")
    public Response create(@Valid @NotNull(message = "{selaras.body.missing}") EntryRequest body, UriInfo uri) {
        GlossaryEntry e = glossary.create(body, user());
        return Response.created(uri.getBaseUriBuilder().path("api/glossary/entries/{id}").build(e.id))
                .entity(new Changed(EntryView.of(e), glossary.breaking(e.id, 0).count())).build();
    }

    @PUT
    @Path("entries/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    @Operation(summary = "Change a glossary entry",
            description = "The same fields as for adding, plus the \"version\" edited; a stale version gets 409 "
                    + "with the entry that won in \"current\". Answers with the entry and how many stored "
                    + "translations break it now. Roles: terminologist, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Entry id")
    @RequestBody(description = "The changed entry with the version edited")
    @APIResponse(responseCode = "200", description = "{entry, breaking}")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = ENTRY_INVALID + ", or no version")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a terminologist or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No entry with this id")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Stale version (\"current\" is the entry "
            + "now), or another entry has this term (\"current\" is that entry)")
    public Changed update(@RestPath long id,
                          @Valid @NotNull(message = "{selaras.body.missing}") EntryRequest body) {
        GlossaryEntry e = glossary.update(id, body, user());
        return new Changed(EntryView.of(e), glossary.breaking(e.id, 0).count());
    }

    @DELETE
    @Path("entries/{id}")
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    @Operation(summary = "Delete a glossary entry",
            description = "Deletes the entry if it is still at the version seen; the change log keeps it. "
                    + "Roles: terminologist, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Entry id")
    @Parameter(name = "version", in = ParameterIn.QUERY, required = true, description = "The version of the entry "
            + "the client saw")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No version")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a terminologist or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No entry with this id")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "Stale version; \"current\" is the entry now")
    public Response delete(@RestPath long id, @QueryParam("version") Integer version) {
        glossary.delete(id, version, user());
        return Response.noContent().build();
    }

    @GET
    @Path("entries/{id}/breaking")
    @RolesAllowed("**")
    @Operation(summary = "Translations that break a glossary entry",
            description = "Stored translations whose source holds the entry's term but whose target lacks its "
                    + "English (or uses a forbidden form), as the glossary check sees them now: {count, "
                    + "translations: [{segmentId, documentId, index, source, target, status, issues}]}. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Entry id")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "How many translations to list (0 to 2000, "
            + "default 200); count is always the full number")
    @APIResponse(responseCode = "200", description = "The count and the first translations")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "limit is not a number")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No entry with this id")
    public GlossaryService.Breaking breaking(@RestPath long id, @QueryParam("limit") @DefaultValue("200") int limit) {
        return glossary.breaking(id, Math.max(0, Math.min(limit, 2000)));
    }

    @GET
    @Path("entries/{id}/changes")
    @RolesAllowed("**")
    @Operation(summary = "A glossary entry's change log",
            description = "Every change of the entry, newest first (at most 1000): {id, entryId, action, before, "
                    + "after, author, created}; kept after the entry is deleted. Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Entry id (also of a deleted entry)")
    @APIResponse(responseCode = "200", description = "The changes (empty for an id never used)")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<ChangeView> entryChanges(@RestPath long id) {
        return glossary.changes(id, 1000).stream().map(ChangeView::of).toList();
    }

    @GET
    @Path("changes")
    @RolesAllowed("**")
    @Operation(summary = "The glossary's change feed",
            description = "The latest changes of every entry, newest first: {id, entryId, action, before, after, "
                    + "author, created}. Roles: any logged-in user.")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "How many changes (1 to 1000, default 100)")
    @APIResponse(responseCode = "200", description = "The changes")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "limit is not a number")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<ChangeView> changes(@QueryParam("limit") @DefaultValue("100") int limit) {
        return glossary.changes(null, limit).stream().map(ChangeView::of).toList();
    }

    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_XML, "application/x-tbx+xml", MediaType.TEXT_XML, "text/csv",
            "text/tab-separated-values", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    @Operation(summary = "Import glossary entries",
            description = "A TBX, CSV or TSV file as the body: new terms are added, changed ones updated (matched "
                    + "by Indonesian term), all or nothing; any bad row refuses the whole file with every bad row in "
                    + "\"rejected\". dryRun=true only previews. Roles: terminologist, admin.")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "The file's format: " + FORMATS + "; default: "
            + "tbx when the file starts with \"<\", else csv",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"tbx", "csv", "tsv"}))
    @Parameter(name = "dryRun", in = ParameterIn.QUERY, description = "true: report what would change, store "
            + "nothing; default false")
    @Parameter(name = "columns", in = ParameterIn.QUERY, description = "CSV/TSV without a header row: what each "
            + "column holds, in order, separated by commas (id or source, en or target, note, kind, also_allowed_en, "
            + "forbidden_en, status, case_sensitive, context, pos, ignore); every row is then data")
    @RequestBody(description = "The TBX, CSV or TSV file")
    @APIResponse(responseCode = "200", description = "{applied, added, updated, unchanged, rejected: [], addedTerms, "
            + "updatedTerms}")
    @APIResponse(responseCode = "400", description = "Nothing imported: wrong rows (listed in \"rejected\" as "
            + "{line, message}), an unknown format, no body, XML that is not well-formed, or bytes that are not text in the file's encoding (a BOM's, an XML "
            + "file's encoding= declaration's, else UTF-8)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "RejectedRowsProblem")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a terminologist or admin")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Response importFile(@QueryParam("format") String format, @QueryParam("dryRun") boolean dryRun,
                               @QueryParam("columns") String columns, byte[] body) {
        GlossaryService.ImportReport report = glossary.importFile(format, uploads.body(body),
                GlossaryPages.columns(columns), !dryRun, user());
        if (!report.rejected().isEmpty()) {
            throw new Invalid("Nothing imported: " + report.rejected().size()
                    + " rows are wrong; the first: " + report.rejected().get(0) + ".")
                    .with("rejected", report.rejected());
        }
        return Response.ok(report).build();
    }

    @GET
    @Path("export")
    @RolesAllowed("**")
    @Operation(summary = "Export the glossary",
            description = "The whole glossary as a download: TBX 2008 (martif), TBX v3 (TBX-Basic), CSV or TSV. "
                    + "Roles: any logged-in user.")
    @Parameter(name = "format", in = ParameterIn.QUERY,
            description = "tbx (TBX 2008, martif), tbx3 (TBX v3 TBX-Basic, DCA style), csv or tsv; default tbx",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"tbx", "tbx3", "csv", "tsv"}, defaultValue = "tbx"))
    @Parameter(name = "forbidden", in = ParameterIn.QUERY, description = "omit leaves forbidden forms out (for "
            + "tools such as OmegaT that ignore their status and would offer them); default keep",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"keep", "omit"}, defaultValue = "keep"))
    @APIResponse(responseCode = "200", description = "The glossary file",
            headers = @Header(name = "Content-Disposition", description = "attachment; "
                    + "filename=\"selaras-glossary.<format>\"", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "application/x-tbx+xml", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = "text/tab-separated-values", schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "Unknown format")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response export(@QueryParam("format") @DefaultValue("tbx") String format,
                           @QueryParam("forbidden") @DefaultValue("keep") String forbidden) {
        // OmegaT 3.6 ignores administrativeStatus and would offer forbidden forms as translations
        boolean omit = "omit".equalsIgnoreCase(forbidden);
        List<GlossaryTerm> terms = glossary.list(null, null, null).stream().map(GlossaryEntry::toTerm)
                .map(t -> omit ? new GlossaryTerm(t.id(), t.source(), t.target(), t.variants(), List.of(), t.kind(),
                        t.caseSensitive(), t.status(), t.note()) : t)
                .toList();
        String f = format.toLowerCase(Locale.ROOT);
        StreamingOutput out;
        String type;
        switch (f) {
            case "tbx", "tbx3" -> {
                TbxWriter.Shape shape = f.equals("tbx") ? TbxWriter.Shape.TBX2008 : TbxWriter.Shape.TBX3_BASIC;
                out = os -> TbxWriter.write(terms, os, shape);
                type = "application/x-tbx+xml";
            }
            case "csv", "tsv" -> {
                char delimiter = f.equals("csv") ? ',' : '\t';
                out = os -> {
                    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                    GlossaryTable.write(terms, w, delimiter);
                    w.flush();
                };
                type = f.equals("csv") ? "text/csv; charset=UTF-8" : "text/tab-separated-values; charset=UTF-8";
            }
            default -> throw new Invalid("Unknown format \"" + format + "\"; use tbx, tbx3, csv or tsv.");
        }
        return Response.ok(out, type)
                .header("Content-Disposition", "attachment; filename=\"selaras-glossary."
                        + (f.equals("tbx3") ? "tbx" : f) + "\"").build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
