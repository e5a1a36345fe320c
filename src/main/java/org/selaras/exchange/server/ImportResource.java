package org.selaras.exchange.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.error.Invalid;
import org.selaras.exchange.ImportReport;
import org.selaras.http.Uploads;
import org.selaras.security.Role;

/** TMX and XLIFF files into a document's translations; answers with an {@link ImportReport}. */
@Path("/api/documents/{id}/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
@Tag(name = "Import")
public class ImportResource {

    private static final String TMX_SUMMARY = "Import TMX into a document's translations";
    private static final String TMX_DESCRIPTION = "A TMX file (multipart part \"file\", or the XML as the body) "
            + "read for Indonesian to English whatever other languages it holds (id, id-ID, in, ind; en, en-US, eng…) "
            + "into the segments with the same source text (after Unicode NFC and whitespace normalisation), saved as "
            + "translated with origin imported. A unit whose source is the text of several consecutive segments of one "
            + "paragraph (one unit per paragraph, as Okapi and aligners write) joins those segments into a group that "
            + "holds its translation (note kind joined), as the editor's join does; saved "
            + "through the editor's conflict-safe save, all or nothing. A segment "
            + "whose translation is translated or approved with other text is kept and counted as a conflict unless "
            + "overwrite=true; drafts and rejected ones are replaced. Roles: translator, reviewer, admin.";
    private static final String XLIFF_SUMMARY = "Import XLIFF 1.2 or 2.x into a document's translations";
    private static final String XLIFF_DESCRIPTION = "An XLIFF 1.2 or 2.x file from Selaras or any other tool "
            + "(multipart part \"file\", or the XML as the body), all or nothing. Unit s<id> goes to segment <id> of "
            + "this document (refused, unmatched, if its source changed); any other unit to the segments with the "
            + "same source text, as a TMX import (a paragraph-level unit joins its segments into a group, as there). XLIFF 1.2 <seg-source> segments are units of their own. Units "
            + "without a target are skipped. State initial (1.2: new, needs-translation…) → draft, translated/"
            + "reviewed (1.2: translated, needs-review-*, or none) → translated, final (1.2: final, signed-off, "
            + "approved=\"yes\") → approved for reviewers and admins (translated for translators). Module elements "
            + "(mtc:matches…) and alt-trans are not read; layout whitespace is dropped unless xml:space=\"preserve\". "
            + "A source language other than Indonesian or a target other than English is a 400. A translation "
            + "changed in Selaras since the export, or confirmed there with other text, is kept and counted as a "
            + "conflict unless overwrite=true. Roles: translator, reviewer, admin.";
    private static final String OVERWRITE = "true also replaces translations that would otherwise be kept as "
            + "conflicts; default false";
    private static final String DRY_RUN = "true: report what the import would do, store nothing; default false";
    private static final String REPORT = "The import report: {matched, unmatched, conflicts, rejected, saved, "
            + "skipped, added, updated, unchanged, notes: [{line, unit, kind, message}]} (at most 200 notes); added, "
            + "updated and unchanged count segments (a group once), the others units of the file";
    private static final String INVALID = "No file or an empty one, XML that is not well-formed (its line in "
            + "\"line\"), a DOCTYPE that declares entities, or (XLIFF) languages other than Indonesian into English; "
            + "nothing was imported";

    static final String LANGUAGES = "declared (default): the file's source and target languages must be Indonesian "
            + "and English, else 400; ignore: read it as Indonesian into English whatever it declares (translate-toolkit's "
            + "po2xliff always writes source-language=\"en-US\")";
    static final String SOURCE = "The variant of the source language to read where a unit holds several (id-ID, in, "
            + "ind…); default: any Indonesian tuv, the first";
    static final String TARGET = "The variant of English to read where a unit holds several (en-GB, en-US, eng…); "
            + "default: any English tuv, the first";
    static final String TMX_INVALID = "No file or an empty one, bytes that are not text in the file's encoding (a "
            + "BOM's, its encoding= declaration's, else UTF-8), XML that is not well-formed (its line in \"line\"), a "
            + "DOCTYPE that declares entities, or a file without Indonesian or English units (the languages it holds "
            + "in \"languages\"); nothing was imported";

    private final ImportService imports;
    private final Uploads uploads;
    private final SecurityIdentity identity;

    public ImportResource(ImportService imports, Uploads uploads, SecurityIdentity identity) {
        this.imports = imports;
        this.uploads = uploads;
        this.identity = identity;
    }

    @POST
    @Path("tmx")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = TMX_SUMMARY, description = TMX_DESCRIPTION)
    @RequestBody(description = "The TMX file: multipart part \"file\", or the XML as the body")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "overwrite", in = ParameterIn.QUERY, description = OVERWRITE)
    @Parameter(name = "dryRun", in = ParameterIn.QUERY, description = DRY_RUN)
    @Parameter(name = "source", in = ParameterIn.QUERY, description = SOURCE)
    @Parameter(name = "target", in = ParameterIn.QUERY, description = TARGET)
    @APIResponse(responseCode = "200", description = REPORT)
    @APIResponse(responseCode = "400", ref = "BadRequest", description = TMX_INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Busy")
    public ImportReport tmxFile(@RestPath long id, @RestForm("file") FileUpload file, @QueryParam("overwrite") boolean overwrite,
                                @QueryParam("dryRun") boolean dryRun,
                                @QueryParam("source") String source, @QueryParam("target") String target) {
        return imports.importTmx(id, uploads.read(file), overwrite, source, target, !dryRun, identity);
    }

    @POST
    @Path("tmx")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/x-tmx+xml"})
    @Operation(summary = TMX_SUMMARY, description = TMX_DESCRIPTION)
    @RequestBody(description = "The TMX file: multipart part \"file\", or the XML as the body")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "overwrite", in = ParameterIn.QUERY, description = OVERWRITE)
    @Parameter(name = "dryRun", in = ParameterIn.QUERY, description = DRY_RUN)
    @Parameter(name = "source", in = ParameterIn.QUERY, description = SOURCE)
    @Parameter(name = "target", in = ParameterIn.QUERY, description = TARGET)
    @APIResponse(responseCode = "200", description = REPORT)
    @APIResponse(responseCode = "400", ref = "BadRequest", description = TMX_INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Busy")
    public ImportReport tmxBody(@RestPath long id, byte[] body, @QueryParam("overwrite") boolean overwrite,
                                @QueryParam("dryRun") boolean dryRun,
                                @QueryParam("source") String source, @QueryParam("target") String target) {
        return imports.importTmx(id, uploads.body(body), overwrite, source, target, !dryRun, identity);
    }

    @POST
    @Path("xliff")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = XLIFF_SUMMARY, description = XLIFF_DESCRIPTION)
    @RequestBody(description = "The XLIFF file: multipart part \"file\", or the XML as the body")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "overwrite", in = ParameterIn.QUERY, description = OVERWRITE)
    @Parameter(name = "dryRun", in = ParameterIn.QUERY, description = DRY_RUN)
    @Parameter(name = "languages", in = ParameterIn.QUERY, description = LANGUAGES)
    @APIResponse(responseCode = "200", description = REPORT)
    @APIResponse(responseCode = "400", ref = "BadRequest", description = INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Busy")
    @APIResponse(responseCode = "422", description = "A unit in state final (approved, for reviewers and admins) "
            + "breaks the glossary; nothing was imported",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "GlossaryProblem")))
    public ImportReport xliffFile(@RestPath long id, @RestForm("file") FileUpload file, @QueryParam("overwrite") boolean overwrite,
                                @QueryParam("dryRun") boolean dryRun,
                                  @QueryParam("languages") String languages) {
        return imports.importXliff(id, uploads.read(file), overwrite, ignoreLanguages(languages), !dryRun, identity);
    }

    @POST
    @Path("xliff")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/xliff+xml"})
    @Operation(summary = XLIFF_SUMMARY, description = XLIFF_DESCRIPTION)
    @RequestBody(description = "The XLIFF file: multipart part \"file\", or the XML as the body")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "overwrite", in = ParameterIn.QUERY, description = OVERWRITE)
    @Parameter(name = "dryRun", in = ParameterIn.QUERY, description = DRY_RUN)
    @Parameter(name = "languages", in = ParameterIn.QUERY, description = LANGUAGES)
    @APIResponse(responseCode = "200", description = REPORT)
    @APIResponse(responseCode = "400", ref = "BadRequest", description = INVALID)
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "503", ref = "Busy")
    @APIResponse(responseCode = "422", description = "A unit in state final (approved, for reviewers and admins) "
            + "breaks the glossary; nothing was imported",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "GlossaryProblem")))
    public ImportReport xliffBody(@RestPath long id, byte[] body, @QueryParam("overwrite") boolean overwrite,
                                @QueryParam("dryRun") boolean dryRun,
                                  @QueryParam("languages") String languages) {
        return imports.importXliff(id, uploads.body(body), overwrite, ignoreLanguages(languages), !dryRun, identity);
    }

    /** languages=ignore: the file's language labels are wrong (translate-toolkit's po2xliff always writes en-US). */
    private static boolean ignoreLanguages(String languages) {
        if (languages == null || languages.isBlank() || languages.equals("declared")) {
            return false;
        }
        if (languages.equals("ignore")) {
            return true;
        }
        throw new Invalid("languages is declared (the default: the file's languages must be Indonesian into English) "
                + "or ignore (read the file as Indonesian into English whatever it declares).");
    }
}
