package org.selaras.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.selaras.error.Busy;
import org.selaras.error.Conflict;
import org.selaras.error.DomainException;
import org.selaras.error.EngineFailed;
import org.selaras.error.EngineUnavailable;
import org.selaras.error.Invalid;
import org.selaras.error.NotAllowed;
import org.selaras.error.NotFound;
import org.selaras.error.TooLarge;
import org.selaras.error.Unprocessable;

import java.util.Map;

/**
 * The one mapper: every error leaves the API as application/problem+json (RFC 9457), whether a service refused
 * (a {@link DomainException}), Bean Validation did, or Quarkus could not read the request.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** The status of each kind of domain exception. */
    private static final Map<Class<? extends DomainException>, Integer> STATUS = Map.of(
            Invalid.class, 400, NotAllowed.class, 403, NotFound.class, 404, Conflict.class, 409,
            TooLarge.class, 413, Unprocessable.class, 422, EngineFailed.class, 502, EngineUnavailable.class, 503,
            Busy.class, 503);

    /** HTTP status of a domain exception (pages answer with it too). */
    public static int status(DomainException e) {
        return STATUS.get(e.getClass());
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Problem p = new Problem(status(e), e.getMessage(), uri.getPath());
        e.extensions().forEach(p::with);
        if (e instanceof TooLarge) {
            // the rest of a refused body may still be on its way: close rather than read it
            return Response.fromResponse(respond(p)).header("Connection", "close").build();
        }
        if (e instanceof Busy busy) {
            // nothing was stored and the cause passes: say when trying again makes sense (RFC 9110, 10.2.3)
            return Response.fromResponse(respond(p)).header("Retry-After", busy.retryAfterSeconds()).build();
        }
        return respond(p);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return respond(new Problem(400, Validation.detail(e.getConstraintViolations()), uri.getPath()));
    }

    /** JSON that does not fit the request record: a field of the wrong type, a list for an object. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return respond(new Problem(400, JsonProblems.describe(e), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return respond(new Problem(400, JsonProblems.describe(e), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(403, "Your account does not have a role that may do this.", uri.getPath()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, RoutingContext rc) {
        if (!uri.getPath().startsWith("/api")) {
            // the mechanism's challenge may already have set its own redirect: send exactly one
            rc.response().headers().remove("Location");
            return Response.seeOther(uri.getBaseUriBuilder().path("login").build()).build();
        }
        return Response.fromResponse(respond(new Problem(401,
                        "Log in with HTTP Basic credentials or an API token of a Selaras account.", uri.getPath())))
                .header("WWW-Authenticate", "Basic realm=\"Selaras\"").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(new Problem(400, JsonProblems.describe(json), uri.getPath()));
        }
        return respond(new Problem(e.getResponse().getStatus(), e.getMessage(), uri.getPath()));
    }

    /**
     * A lock or statement that timed out outside an import (an import turns its own into {@link Busy}): typically a
     * save that waited for a segment an import into the same document holds. Its transaction rolled back.
     */
    @ServerExceptionMapper({PessimisticLockException.class, LockTimeoutException.class, QueryTimeoutException.class,
            org.hibernate.PessimisticLockException.class, org.hibernate.QueryTimeoutException.class})
    public Response busy(RuntimeException e, UriInfo uri) {
        LOG.warn("Timed out on " + uri.getPath() + ": " + e.getMessage());
        return domain(new Busy("Other work (an import into the same document, or another save) held what this "
                + "request needed for too long, so nothing was stored. Try again in a few seconds.", 10), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return respond(new Problem(500, "Something went wrong on the server; the error is in its log.", uri.getPath()));
    }

    private static Response respond(Problem p) {
        return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
