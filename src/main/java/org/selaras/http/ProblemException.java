package org.selaras.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** Thrown by services for an error the client can fix; rendered as application/problem+json. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad Request", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "Content Too Large", detail);
    }

    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
