package org.selaras.memory.server;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selaras.SelarasConfig;
import org.selaras.http.Viewer;
import org.selaras.security.Role;

/**
 * The page for large TMX files into the memory: the browser sends the file in parts and follows the job
 * (js/memory-upload.js over {@link MemoryUploadResource}); nothing of the file passes through the page itself.
 */
@Path("/memory/imports")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
public class MemoryPages {

    /** Parts stay well under the request limit, so a slow link retries little. */
    static final long LARGEST_PART = 16L << 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance imports(long partSize, long maxSize, long maxMegabytes, Viewer viewer);
    }

    private final SelarasConfig config;
    private final SecurityIdentity identity;

    public MemoryPages(SelarasConfig config, SecurityIdentity identity) {
        this.config = config;
        this.identity = identity;
    }

    @GET
    public TemplateInstance imports() {
        long part = Math.min(LARGEST_PART, config.upload().maxSize().asLongValue());
        long max = config.imports().memoryMaxSize().asLongValue();
        return Templates.imports(part, max, max >> 20, Viewer.of(identity));
    }
}
