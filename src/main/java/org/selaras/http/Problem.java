package org.selaras.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem detail: what went wrong, in words a person can act on.
 * Extra members (e.g. the current translation on a conflict) go in {@link #with}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    public final String type;
    public final String title;
    public final int status;
    public final String detail;
    public final String instance;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem(int status, String title, String detail, String instance) {
        this.type = "about:blank";
        this.title = title;
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
}
