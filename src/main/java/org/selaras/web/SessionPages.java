package org.selaras.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.Authenticated;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.selaras.SelarasConfig;
import org.selaras.error.NotAllowed;
import org.selaras.http.Csrf;
import org.selaras.http.Viewer;
import org.selaras.security.Account;
import org.selaras.security.ClientRequests;
import org.selaras.security.LoginThrottle;
import org.selaras.security.LoginThrottled;
import org.selaras.security.OriginCheck;
import org.selaras.security.Sessions;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Login and logout. The form posts to /j_security_check (the name Quarkus' form login used, kept for bookmarks and
 * scripts); a good password opens a database session ({@link Sessions}) and sets its cookie.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SessionPages {
    private static final Logger LOG = Logger.getLogger(SessionPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String error, String user, Viewer viewer);
    }

    private final LoginThrottle logins;
    private final Sessions sessions;
    private final List<String> trustedOrigins;

    public SessionPages(LoginThrottle logins, Sessions sessions, SelarasConfig config) {
        this.logins = logins;
        this.sessions = sessions;
        this.trustedOrigins = config.session().trustedOrigins().orElse(List.of());
    }

    @GET
    @PermitAll
    public Response home(UriInfo uri) {
        return Response.seeOther(uri.getBaseUriBuilder().path("documents").build()).build();
    }

    /**
     * ?error=true: wrong name or password; ?error=locked: too many failures. ?user= is the name typed before, put
     * back into the form; only a well-formed user name comes back (anything else is left out, never echoed).
     */
    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("user") String user) {
        String message = error == null ? null : error.equals("locked")
                ? "Too many failed logins: this account or your address is locked for a few minutes."
                : "Wrong user name or password.";
        return Templates.login(message, typedName(user).orElse(null), Viewer.anonymous());
    }

    /** A user name as accounts have them (2 to 64 letters, digits, dots, dashes, underscores), or nothing. */
    static Optional<String> typedName(String user) {
        if (user == null) return Optional.empty();
        String u = user.strip();
        return USER_NAME.matcher(u).matches() ? Optional.of(u) : Optional.empty();
    }

    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    @POST
    @Path("j_security_check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response logIn(@RestForm("j_username") String username, @RestForm("j_password") String password,
                          RoutingContext rc, UriInfo uri) {
        var refusal = OriginCheck.loginRefusal(ClientRequests.forOriginCheck(rc), trustedOrigins);
        if (refusal.isPresent()) {
            LOG.warnf("Refused a login form posted from %s", rc.request().getHeader("Origin"));
            throw new NotAllowed(refusal.get());
        }
        String address = ClientRequests.address(rc);
        try {
            if (username == null || password == null || username.isBlank()) {
                throw new AuthenticationFailedException();
            }
            Account account = logins.login(username.strip(), password, address);
            String secret = sessions.open(account, address);
            return Response.seeOther(uri.getBaseUriBuilder().path("documents").build())
                    .cookie(sessions.cookie(secret, ClientRequests.https(rc))).build();
        } catch (AuthenticationFailedException e) {
            var throttled = LoginThrottled.in(e);
            var login = uri.getBaseUriBuilder().path("login").queryParam("error", throttled.isPresent() ? "locked" : "true");
            // the name typed comes back into the form (never the password); only a well-formed name travels
            typedName(username).ifPresent(u -> login.queryParam("user", u));
            var answer = Response.seeOther(login.build());
            throttled.ifPresent(t -> answer.header("Retry-After", t.retryAfterSeconds()));
            return answer.build();
        }
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response logout(@RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie,
                           @CookieParam(Sessions.COOKIE) String session, RoutingContext rc, UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        sessions.end(session); // the row goes: a copy of the cookie is worth nothing from now on
        return Response.seeOther(uri.getBaseUriBuilder().path("login").build())
                .cookie(sessions.forgotten(ClientRequests.https(rc))).build();
    }
}
