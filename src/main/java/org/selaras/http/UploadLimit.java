package org.selaras.http;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.selaras.SelarasConfig;
import org.selaras.error.TooLarge;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The one size limit (selaras.upload.max-size) of everything a client sends, refused everywhere with the same
 * 413 problem: a body whose Content-Length says it is too large before it is read; a body of unknown length
 * (chunked) as soon as more than the limit has been read ({@link #capped}, for every body a resource reads:
 * text, JSON, files sent as the body); a multipart file once it is stored ({@link #check}, by {@link Uploads}).
 * Services get what passed.
 */
@ApplicationScoped
public class UploadLimit {
    /** Multipart framing around the file; the file itself is checked exactly once it is read. */
    private static final long MULTIPART_SLACK = 64 * 1024;

    private final long max;

    public UploadLimit(SelarasConfig config) {
        this.max = config.upload().maxSize().asLongValue();
    }

    /** Refuses {@code bytes} over the limit. */
    public void check(long bytes) {
        if (bytes > max) {
            throw new TooLarge(detail(bytes));
        }
    }

    /** The stream, refusing with {@link TooLarge} once more than the limit is read from it. */
    InputStream capped(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > max) {
                    throw new TooLarge("The upload is larger than the limit of " + max
                            + " bytes (selaras.upload.max-size).");
                }
            }
        };
    }

    private String detail(long bytes) {
        return "The upload is " + bytes + " bytes; the limit is " + max + " bytes (selaras.upload.max-size).";
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::byContentLength);
    }

    private void byContentLength(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null) {
            try {
                long bytes = Long.parseLong(length.trim());
                if (bytes > max + MULTIPART_SLACK) {
                    refuse(rc, detail(bytes));
                    return;
                }
            } catch (NumberFormatException ignored) {
                // not ours to judge: the HTTP layer answers a malformed header
            }
        }
        rc.next();
    }

    /** Before JAX-RS, so not through the mapper; the body is the same {@link Problem} it writes. */
    private static void refuse(RoutingContext rc, String detail) {
        String body = Json.encode(new Problem(413, detail, rc.normalizedPath()));
        rc.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body);
    }
}
