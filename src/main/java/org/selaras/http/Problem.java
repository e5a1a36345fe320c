package org.selaras.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail: what went wrong, in words a person can act on.
 * Extra members (e.g. the current translation on a conflict) go in {@link #with}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Titles as RFC 9110 names them (413 and 422 were renamed since JAX-RS named its constants). */
    private static final Map<Integer, String> TITLES = Map.of(413, "Content Too Large", 422, "Unprocessable Content");

    public final String type;
    public final String title;
    public final int status;
    public final String detail;
    public final String instance;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem(int status, String detail, String instance) {
        this.type = "about:blank";
        this.title = title(status);
        this.status = status;
        this.detail = detail;
        this.instance = instance;
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    static String title(int status) {
        String title = TITLES.get(status);
        if (title != null) return title;
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
