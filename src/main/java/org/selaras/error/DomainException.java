package org.selaras.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something a caller asked for that Selaras refuses, in words a person can act on. Plain Java: services throw
 * these without knowing about HTTP; the edge (http.ProblemMappers) turns each kind into a status and renders
 * the message as the problem's detail and the extension members next to it, in the order they were added.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFound, Conflict, NotAllowed, Invalid, TooLarge, Unprocessable, EngineFailed, EngineUnavailable,
        Busy {

    private final Map<String, Object> extensions = new LinkedHashMap<>();

    protected DomainException(String detail) {
        super(detail);
    }

    /** Adds a member to the problem (e.g. the current translation on a conflict). */
    public DomainException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public Map<String, Object> extensions() {
        return Collections.unmodifiableMap(extensions);
    }
}
