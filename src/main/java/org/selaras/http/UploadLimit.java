package org.selaras.http;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.selaras.SelarasConfig;

/**
 * Refuses an oversized body by its Content-Length before reading it, with the same
 * application/problem+json answer the resources give after reading. Multipart framing gets
 * a little slack; the resources check the exact file size.
 */
@ApplicationScoped
public class UploadLimit {
    private static final long MULTIPART_SLACK = 64 * 1024;

    void install(@Observes Router router, SelarasConfig config) {
        long max = config.upload().maxSize().asLongValue();
        router.route().order(-1000).handler(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null) {
                try {
                    long bytes = Long.parseLong(length.trim());
                    if (bytes > max + MULTIPART_SLACK) {
                        String body = new JsonObject().put("type", "about:blank")
                                .put("title", "Content Too Large").put("status", 413)
                                .put("detail", "The upload is " + bytes + " bytes; the limit is " + max
                                        + " bytes (selaras.upload.max-size).")
                                .put("instance", rc.normalizedPath()).encode();
                        rc.response().setStatusCode(413).putHeader("Content-Type", "application/problem+json")
                                .putHeader("Connection", "close").end(body);
                        return;
                    }
                } catch (NumberFormatException ignored) {
                    // not ours to judge: the HTTP layer answers a malformed header
                }
            }
            rc.next();
        });
    }
}
