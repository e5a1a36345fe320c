package org.selaras.http;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.IOException;

/**
 * Every request body a resource reads (text, JSON, a file sent as the body) is counted while it streams and
 * refused at the {@link UploadLimit}: a chunked upload gets the same 413 problem as one whose Content-Length
 * gave it away, and is never held in memory beyond the limit.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    private final UploadLimit limit;

    public BodyLimit(UploadLimit limit) {
        this.limit = limit;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(limit.capped(context.getInputStream()));
        return context.proceed();
    }
}
