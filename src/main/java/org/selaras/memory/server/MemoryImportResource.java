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
public class MemoryImportResource {

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
    @Operation(summary = "TMX (multipart part \"file\") into the translation memory (translator, reviewer, admin)")
    public Report file(@RestForm("file") FileUpload file) {
        return importTmx(uploads.read(file));
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "application/x-tmx+xml"})
    @Operation(summary = "TMX sent as the body, into the translation memory (translator, reviewer, admin)")
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
