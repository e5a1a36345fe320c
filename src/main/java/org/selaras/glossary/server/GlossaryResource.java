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
public class GlossaryResource {

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
    @Operation(summary = "Entries, filtered by text (q), kind and status (any logged-in user)")
    public List<EntryView> list(@QueryParam("q") String q, @QueryParam("kind") String kind,
                                @QueryParam("status") String status) {
        return glossary.list(q, kind, status).stream().map(EntryView::of).toList();
    }

    @GET
    @Path("entries/{id}")
    @RolesAllowed("**")
    @Operation(summary = "One entry (any logged-in user)")
    public EntryView get(@RestPath long id) {
        return EntryView.of(glossary.get(id));
    }

    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    @Operation(summary = "Add an entry (terminologist, admin)")
    public Response create(@Valid @NotNull(message = "{selaras.body.missing}") EntryRequest body, UriInfo uri) {
        GlossaryEntry e = glossary.create(body, user());
        return Response.created(uri.getBaseUriBuilder().path("api/glossary/entries/{id}").build(e.id))
                .entity(new Changed(EntryView.of(e), glossary.breaking(e.id, 0).count())).build();
    }

    @PUT
    @Path("entries/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    @Operation(summary = "Change an entry naming the version edited; stale → 409 with \"current\" (terminologist, admin)")
    public Changed update(@RestPath long id,
                          @Valid @NotNull(message = "{selaras.body.missing}") EntryRequest body) {
        GlossaryEntry e = glossary.update(id, body, user());
        return new Changed(EntryView.of(e), glossary.breaking(e.id, 0).count());
    }

    @DELETE
    @Path("entries/{id}")
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    @Operation(summary = "Delete an entry: ?version= the version seen (terminologist, admin)")
    public Response delete(@RestPath long id, @QueryParam("version") Integer version) {
        glossary.delete(id, version, user());
        return Response.noContent().build();
    }

    @GET
    @Path("entries/{id}/breaking")
    @RolesAllowed("**")
    @Operation(summary = "Stored translations that break this entry now (any logged-in user)")
    public GlossaryService.Breaking breaking(@RestPath long id, @QueryParam("limit") @DefaultValue("200") int limit) {
        return glossary.breaking(id, Math.max(0, Math.min(limit, 2000)));
    }

    @GET
    @Path("entries/{id}/changes")
    @RolesAllowed("**")
    @Operation(summary = "The change log of one entry, newest first (any logged-in user)")
    public List<ChangeView> entryChanges(@RestPath long id) {
        return glossary.changes(id, 1000).stream().map(ChangeView::of).toList();
    }

    @GET
    @Path("changes")
    @RolesAllowed("**")
    @Operation(summary = "The change feed of the whole glossary, newest first (any logged-in user)")
    public List<ChangeView> changes(@QueryParam("limit") @DefaultValue("100") int limit) {
        return glossary.changes(null, limit).stream().map(ChangeView::of).toList();
    }

    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_XML, "application/x-tbx+xml", MediaType.TEXT_XML, "text/csv",
            "text/tab-separated-values", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    @Operation(summary = "Import TBX, CSV or TSV (format=tbx|csv|tsv); dryRun=true previews; all or nothing "
            + "(terminologist, admin)")
    public Response importFile(@QueryParam("format") String format, @QueryParam("dryRun") boolean dryRun, byte[] body) {
        GlossaryService.ImportReport report = glossary.importFile(format, uploads.body(body), !dryRun, user());
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
    @Operation(summary = "The whole glossary as TBX 2008, CSV or TSV (format=tbx|csv|tsv; forbidden=omit leaves "
            + "forbidden forms out, for tools that ignore their status; any logged-in user)")
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
            case "tbx" -> {
                out = os -> TbxWriter.write(terms, os);
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
            default -> throw new Invalid("Unknown format \"" + format + "\"; use tbx, csv or tsv.");
        }
        return Response.ok(out, type)
                .header("Content-Disposition", "attachment; filename=\"selaras-glossary." + f + "\"").build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
