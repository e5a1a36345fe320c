package org.selaras.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.error.DomainException;
import org.selaras.http.Csrf;
import org.selaras.http.ProblemMappers;
import org.selaras.http.Validation;
import org.selaras.http.Viewer;
import org.selaras.security.Account;
import org.selaras.security.ApiToken;
import org.selaras.security.ApiTokens;
import org.selaras.security.ClientRequests;
import org.selaras.security.Sessions;
import org.selaras.security.TokenResource;
import org.selaras.security.User;
import org.selaras.security.UserRequests;
import org.selaras.security.UserService;

import java.util.List;

/** Your account: your own password, and your API tokens (made, shown once, revoked). */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("**")
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(List<ApiToken> tokens, String newToken, String notice, String error,
                                               Viewer viewer);
    }

    private final ApiTokens tokens;
    private final UserService users;
    private final Sessions sessions;
    private final SecurityIdentity identity;
    private final Validation validation;

    public AccountPages(ApiTokens tokens, UserService users, Sessions sessions, SecurityIdentity identity,
                        Validation validation) {
        this.tokens = tokens;
        this.users = users;
        this.sessions = sessions;
        this.identity = identity;
        this.validation = validation;
    }

    @GET
    public TemplateInstance page() {
        return render(null, null, null);
    }

    /** The new token is on this answer only: not stored in a form, not cached. */
    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response makeToken(@RestForm String name, @RestForm(Csrf.FIELD) String csrf,
                              @CookieParam(Csrf.COOKIE) String csrfCookie) {
        Csrf.check(csrfCookie, csrf);
        try {
            validation.valid(new TokenResource.NewToken(name)); // the API's rule for a token's name
            ApiTokens.Issued issued = tokens.create(me(), name.strip());
            return Response.ok(render(issued.secret(), "Copy the token now: it is not shown again.", null))
                    .header("Cache-Control", "no-store").build();
        } catch (DomainException e) {
            return failed(e);
        }
    }

    @POST
    @Path("tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@RestPath long id, @RestForm(Csrf.FIELD) String csrf,
                           @CookieParam(Csrf.COOKIE) String csrfCookie, UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        try {
            tokens.revoke(me(), id);
            return Response.seeOther(uri.getBaseUriBuilder().path("account").build()).build();
        } catch (DomainException e) {
            return failed(e);
        }
    }

    /** Every other session of the account ends; this browser gets a new one and stays logged in. */
    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm String current, @RestForm String password,
                                   @RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie,
                                   RoutingContext rc) {
        Csrf.check(csrfCookie, csrf);
        try {
            validation.valid(new UserRequests.NewPassword(password));
            User user = users.changeOwnPassword(me(), current, password);
            String session = sessions.open(new Account(user.id, user.username, user.roleSet()), ClientRequests.address(rc));
            return Response.ok(render(null, "Your password is changed; your other sessions have ended.", null))
                    .cookie(sessions.cookie(session, ClientRequests.https(rc))).build();
        } catch (DomainException e) {
            return failed(e);
        }
    }

    private Response failed(DomainException e) {
        return Response.status(ProblemMappers.status(e)).type(MediaType.TEXT_HTML)
                .entity(render(null, null, e.getMessage())).build();
    }

    private TemplateInstance render(String newToken, String notice, String error) {
        return Templates.account(tokens.of(me()), newToken, notice, error, Viewer.of(identity));
    }

    private long me() {
        return identity.<Long>getAttribute(Account.ID);
    }
}
