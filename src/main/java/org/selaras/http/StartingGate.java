package org.selaras.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The HTTP port opens before the start's work is done (org.selaras.Startup): meanwhile {@code /q/…} (health, OpenAPI)
 * answers as usual, with readiness DOWN, and every other request gets 503 problem+json with Retry-After, which says
 * the server is starting rather than leaving the caller with a refused connection or a page that waits.
 */
@ApplicationScoped
public class StartingGate {

    /** Seconds a caller is asked to wait before trying again. */
    static final String RETRY_AFTER = "5";

    private final ObjectMapper json;
    private volatile boolean open;

    public StartingGate(ObjectMapper json) {
        this.json = json;
    }

    /** The start's work is done: requests go through from now on. */
    public void open() {
        open = true;
    }

    public boolean isOpen() {
        return open;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String path = rc.normalizedPath();
            if (open || path.startsWith("/q/")) {
                rc.next();
                return;
            }
            Problem starting = new Problem(503, "Selaras is starting: the memory index and the first start's work "
                    + "(accounts, seed documents, glossary) are not ready yet. Try again in a few seconds.", path)
                    .with("starting", true);
            try {
                rc.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Retry-After", RETRY_AFTER).end(json.writeValueAsString(starting));
            } catch (JsonProcessingException e) {
                rc.fail(e);
            }
        }, 10_000); // before everything else: nothing behind it is ready
    }
}
