package org.selaras.glossary.server;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.error.DomainException;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;
import org.selaras.glossary.GlossaryTerm;
import org.selaras.exchange.GlossaryTable;
import org.selaras.http.Csrf;
import org.selaras.http.ProblemMappers;
import org.selaras.http.Uploads;
import org.selaras.http.Validation;
import org.selaras.http.Viewer;
import org.selaras.security.Role;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** Glossary pages: search and filter for everyone; add, edit, deprecate, delete, import for terminologists. */
@Path("/glossary")
@Produces(MediaType.TEXT_HTML)
public class GlossaryPages {

    /** The values an entry form shows (an entry being edited, or what was typed when saving failed). */
    public record Form(Long id, String source, String target, String variants, String forbidden, String kind,
                       String caseSensitive, String status, String note, int version) {
        static Form empty() {
            return new Form(null, "", "", "", "", "person", "auto", "preferred", "", 0);
        }

        static Form of(GlossaryEntry e) {
            EntryView v = EntryView.of(e);
            return new Form(e.id, v.source(), v.target(), String.join("\n", v.variants()),
                    String.join("\n", v.forbidden()), v.kind(), v.caseSensitive() ? "yes" : "no", v.status(),
                    v.note(), v.version());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<EntryView> entries, String q, String kind, String status,
                                            List<String> kinds, List<String> statuses, Form form, String error,
                                            Long clash, Viewer viewer);

        static native TemplateInstance entry(Form form, List<FeedLine> changes, GlossaryService.Breaking breaking,
                                             List<String> kinds, List<String> statuses, String message, String error,
                                             Long clash, Viewer viewer);

        static native TemplateInstance imported(GlossaryService.ImportReport report, String format, String fileName,
                                                String file, String columns, Viewer viewer);

        static native TemplateInstance columns(String format, String fileName, String file, int width,
                                               List<List<String>> rows, List<ColumnName> names,
                                               List<String> defaults, Viewer viewer);

        static native TemplateInstance changes(List<FeedLine> changes, Viewer viewer);
    }

    private static final List<String> KINDS = names(GlossaryTerm.Kind.values());
    private static final List<String> STATUSES = names(GlossaryTerm.Status.values());

    private final GlossaryService glossary;
    private final SecurityIdentity identity;
    private final Uploads uploads;
    private final Validation validation;

    public GlossaryPages(GlossaryService glossary, SecurityIdentity identity, Uploads uploads, Validation validation) {
        this.glossary = glossary;
        this.identity = identity;
        this.uploads = uploads;
        this.validation = validation;
    }

    @GET
    @RolesAllowed("**")
    public Response list(@QueryParam("q") String q, @QueryParam("kind") String kind, @QueryParam("status") String status) {
        try {
            return Response.ok(render(q, kind, status, Form.empty(), null)).build();
        } catch (DomainException e) {
            return Response.status(400).entity(render(null, null, null, Form.empty(), e.getMessage())).build();
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    public Response create(@org.jboss.resteasy.reactive.RestForm String source, @RestForm String target,
                           @RestForm String variants, @RestForm String forbidden, @RestForm String kind,
                           @RestForm String caseSensitive, @RestForm String status, @RestForm String note,
                           @RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie, UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        Form form = new Form(null, source, target, variants, forbidden, kind, caseSensitive, status, note, 0);
        try {
            GlossaryEntry e = glossary.create(validation.valid(request(form, null)), user());
            return Response.seeOther(uri.getBaseUriBuilder().path("glossary/{id}").queryParam("saved", "created")
                    .build(e.id)).build();
        } catch (DomainException e) {
            return Response.status(ProblemMappers.status(e))
                    .entity(render(null, null, null, form, e.getMessage(), clash(e))).build();
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    public TemplateInstance entry(@RestPath long id, @QueryParam("saved") String saved) {
        GlossaryEntry e = glossary.get(id);
        GlossaryService.Breaking breaking = glossary.breaking(id, 200);
        String message = saved == null ? null : "Entry " + saved + ". " + breaking.count()
                + " stored translation" + (breaking.count() == 1 ? " breaks" : "s break") + " it now.";
        return entryPage(Form.of(e), breaking, message, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    public Response update(@RestPath long id, @RestForm String source, @RestForm String target,
                           @RestForm String variants, @RestForm String forbidden, @RestForm String kind,
                           @RestForm String caseSensitive, @RestForm String status, @RestForm String note,
                           @RestForm int version, @RestForm(Csrf.FIELD) String csrf,
                           @CookieParam(Csrf.COOKIE) String csrfCookie, UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        Form form = new Form(id, source, target, variants, forbidden, kind, caseSensitive, status, note, version);
        try {
            glossary.update(id, validation.valid(request(form, version)), user());
            return Response.seeOther(uri.getBaseUriBuilder().path("glossary/{id}").queryParam("saved", "saved")
                    .build(id)).build();
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            return Response.status(ProblemMappers.status(e))
                    .entity(entryPage(form, glossary.breaking(id, 200), null, e.getMessage(), clash(e))).build();
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    public Response delete(@RestPath long id, @RestForm int version, @RestForm(Csrf.FIELD) String csrf,
                           @CookieParam(Csrf.COOKIE) String csrfCookie, UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        try {
            glossary.delete(id, version, user());
            return Response.seeOther(uri.getBaseUriBuilder().path("glossary").build()).build();
        } catch (NotFound e) {
            throw e;
        } catch (DomainException e) {
            GlossaryEntry current = glossary.get(id);
            return Response.status(ProblemMappers.status(e))
                    .entity(entryPage(Form.of(current), glossary.breaking(id, 200), null, e.getMessage())).build();
        }
    }

    /**
     * Bulk import: "preview" shows what would change, with an Apply button that posts the same file again with
     * "apply"; "apply" imports all rows or none.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    public Response importFile(@RestForm("file") FileUpload file, @RestForm String format, @RestForm String action,
                               @RestForm String columns,
                               @RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie) {
        Csrf.check(csrfCookie, csrf);
        try {
            if (file == null || file.fileName() == null || file.fileName().isEmpty()) {
                throw new Invalid("Choose a TBX, CSV or TSV file.");
            }
            String f = format == null || format.isBlank() ? formatOf(file.fileName()) : format;
            byte[] bytes = uploads.read(file);
            List<String> named = columns(columns);
            if (named.isEmpty() && GlossaryService.needsColumnNames(f, bytes)) {
                // no header row: show the first rows and let the terminologist say what each column holds
                List<List<String>> rows = GlossaryService.firstRows(bytes, 5);
                int width = rows.stream().mapToInt(List::size).max().orElse(0);
                List<String> defaults = new java.util.ArrayList<>();
                for (int i = 0; i < width; i++) {
                    defaults.add(i == 0 ? "id" : i == 1 ? "en" : i == 2 ? "note" : GlossaryTable.IGNORE);
                }
                return Response.ok(Templates.columns(f, file.fileName(), Base64.getEncoder().encodeToString(bytes),
                        width, rows, ColumnName.ALL, defaults, viewer())).build();
            }
            GlossaryService.ImportReport report = glossary.importFile(f, bytes, named, "apply".equals(action), user());
            // a clean preview carries the file back (base64, in the page only) so that Apply posts the same bytes
            // again: nothing is kept on the server between the two requests, and any instance can apply it
            String again = !report.applied() && report.rejected().isEmpty()
                    ? Base64.getEncoder().encodeToString(bytes) : null;
            return Response.status(report.rejected().isEmpty() ? 200 : 400)
                    .entity(Templates.imported(report, f, file.fileName(), again, String.join(",", named), viewer()))
                    .build();
        } catch (DomainException e) {
            return Response.status(ProblemMappers.status(e))
                    .entity(render(null, null, null, Form.empty(), e.getMessage())).build();
        }
    }

    /** A column name as the naming page offers it. */
    public record ColumnName(String value, String label) {
        static final List<ColumnName> ALL = List.of(new ColumnName("id", "Indonesian term"),
                new ColumnName("en", "English term"), new ColumnName("note", "note"),
                new ColumnName("kind", "kind"), new ColumnName("also_allowed_en", "English variants"),
                new ColumnName("forbidden_en", "forbidden English"), new ColumnName("status", "status"),
                new ColumnName("case_sensitive", "case-sensitive"), new ColumnName("context", "context"),
                new ColumnName("pos", "part of speech"), new ColumnName(GlossaryTable.IGNORE, "(leave out)"));
    }

    /** "id,en,,note" → [id, en, ignore, note]; blank → none. */
    static List<String> columns(String columns) {
        if (columns == null || columns.isBlank()) return List.of();
        return Arrays.stream(columns.split(",", -1)).map(String::strip)
                .map(c -> c.isEmpty() ? GlossaryTable.IGNORE : c).toList();
    }

    @GET
    @Path("changes")
    @RolesAllowed("**")
    public TemplateInstance changes() {
        return Templates.changes(feed(null, 200), viewer());
    }

    private TemplateInstance render(String q, String kind, String status, Form form, String error) {
        return render(q, kind, status, form, error, null);
    }

    private TemplateInstance render(String q, String kind, String status, Form form, String error, Long clash) {
        List<EntryView> entries = glossary.list(q, kind, status).stream().map(EntryView::of).toList();
        return Templates.list(entries, q == null ? "" : q, kind == null ? "" : kind, status == null ? "" : status,
                KINDS, STATUSES, form, error, clash, viewer());
    }

    private TemplateInstance entryPage(Form form, GlossaryService.Breaking breaking, String message, String error) {
        return entryPage(form, breaking, message, error, null);
    }

    private TemplateInstance entryPage(Form form, GlossaryService.Breaking breaking, String message, String error,
                                       Long clash) {
        return Templates.entry(form, feed(form.id(), 50), breaking, KINDS, STATUSES, message, error, clash, viewer());
    }

    private List<FeedLine> feed(Long entryId, int limit) {
        return glossary.changes(entryId, limit).stream().map(ChangeView::of).map(FeedLine::of).toList();
    }

    /** The entry a refused save collides with (a duplicate Indonesian term), for a link to it; else null. */
    static Long clash(DomainException e) {
        return e.extensions().get("existing") instanceof Long id ? id : null;
    }

    private static EntryRequest request(Form f, Integer version) {
        Boolean caseSensitive = switch (f.caseSensitive() == null ? "auto" : f.caseSensitive()) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        return new EntryRequest(f.source(), f.target(), lines(f.variants()), lines(f.forbidden()), f.kind(),
                caseSensitive, f.status(), f.note(), version);
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String formatOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".tsv") || n.endsWith(".txt") ? "tsv" : n.endsWith(".csv") ? "csv" : "tbx";
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    private Viewer viewer() {
        return Viewer.of(identity);
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
