package org.selaras.memory.server;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.selaras.SelarasConfig;
import org.selaras.exchange.SafeXml;
import org.selaras.exchange.TmxReader;
import org.selaras.http.ProblemException;
import org.selaras.http.Uploads;
import org.selaras.security.Role;
import org.selaras.translation.Origin;
import org.selaras.translation.TranslationService;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A TMX file into the translation memory (not into a document): every id→en unit becomes a memory unit
 * with origin "imported". All or nothing: the whole file is read (XXE-safe) before one transaction adds it.
 */
@Path("/api/memory/import/tmx")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
@Tag(name = "Memory")
public class MemoryImportResource {

    private static final String SUMMARY = "Import TMX into the translation memory";
    private static final String DESCRIPTION = "A TMX file (multipart part \"file\", or the XML as the body) into "
            + "the memory, not into a document: every id→en unit becomes a memory unit with origin imported (a unit "
            + "the memory already has is not added twice). The whole file is read first (no DTD or external entity "
            + "is ever read), then added in one transaction. Roles: translator, reviewer, admin.";

    /** added: new units; duplicates: units the memory already had; rejected: units not taken, with why. */
    public record Report(int added, int duplicates, int rejected, List<TmxReader.Refused> notes) {
    }

    private final MemoryService memory;
    private final Uploads uploads;
    private final SelarasConfig config;
    private final SecurityIdentity identity;

    public MemoryImportResource(MemoryService memory, Uploads uploads, SelarasConfig config,
                                SecurityIdentity identity) {
        this.memory = memory;
        this.uploads = uploads;
        this.config = config;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(description = "The TMX file: multipart part \"file\", or the XML as the body")
    @APIResponse(responseCode = "200", description = "{added, duplicates, rejected, notes}: new units, units the "
            + "memory already had, units not taken (with why in notes)")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No file or an empty one, XML that is not "
            + "well-formed (its line in \"line\"), or a DOCTYPE that declares entities; nothing was imported")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Report file(@RestForm("file") FileUpload file) {
        return importTmx(uploads.read(file));
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/x-tmx+xml"})
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @RequestBody(description = "The TMX file: multipart part \"file\", or the XML as the body")
    @APIResponse(responseCode = "200", description = "{added, duplicates, rejected, notes}: new units, units the "
            + "memory already had, units not taken (with why in notes)")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No file or an empty one, XML that is not "
            + "well-formed (its line in \"line\"), or a DOCTYPE that declares entities; nothing was imported")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public Report body(byte[] body) {
        return importTmx(uploads.body(body));
    }

    private Report importTmx(byte[] bytes) {
        TmxReader.Result parsed;
        try {
            parsed = TmxReader.read(new ByteArrayInputStream(bytes), config.sourceLanguage(), config.targetLanguage(),
                    TranslationService.MAX_TEXT);
        } catch (SafeXml.XmlException e) {
            throw ProblemException.badRequest(e.describe()).with("line", e.line());
        }
        String who = identity.getPrincipal().getName();
        return QuarkusTransaction.requiringNew().call(() -> {
            long before = MemoryUnit.count();
            for (TmxReader.Pair p : parsed.pairs()) {
                memory.add(p.source(), p.target(), Origin.IMPORTED, null, null, who);
            }
            int added = (int) (MemoryUnit.count() - before);
            return new Report(added, parsed.pairs().size() - added, parsed.refused().size(), parsed.refused());
        });
    }
}
