package org.selaras.http;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** Every error leaves the API as application/problem+json (RFC 9457). */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem p = new Problem(e.status(), e.title(), e.getMessage(), uri.getPath());
        e.extensions().forEach(p::with);
        return respond(p);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted().collect(Collectors.joining("; "));
        return respond(new Problem(400, "Bad Request", detail, uri.getPath()));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(403, "Forbidden",
                "Your account does not have a role that may do this.", uri.getPath()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, RoutingContext rc) {
        if (!uri.getPath().startsWith("/api")) {
            // the form mechanism may already have set its own redirect: send exactly one
            rc.response().headers().remove("Location");
            // pages: to the login form; a failed login attempt says so there
            var login = uri.getBaseUriBuilder().path("login");
            if (uri.getPath().endsWith("/j_security_check")) {
                login.queryParam("error", "true");
            }
            return Response.seeOther(login.build()).build();
        }
        return Response.fromResponse(respond(new Problem(401, "Unauthorized",
                        "Log in with HTTP Basic credentials of a Selaras account.", uri.getPath())))
                .header("WWW-Authenticate", "Basic realm=\"Selaras\"").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return respond(new Problem(status, title, e.getMessage(), uri.getPath()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return respond(new Problem(500, "Internal Server Error",
                "Something went wrong on the server; the error is in its log.", uri.getPath()));
    }

    private static Response respond(Problem p) {
        return Response.status(p.status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
