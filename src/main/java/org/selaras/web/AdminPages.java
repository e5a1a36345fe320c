package org.selaras.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.error.DomainException;
import org.selaras.http.Csrf;
import org.selaras.http.ProblemMappers;
import org.selaras.http.Validation;
import org.selaras.http.Viewer;
import org.selaras.security.Role;
import org.selaras.security.User;
import org.selaras.security.UserRequests;
import org.selaras.security.UserService;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Admin page: accounts and their roles. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN)
public class AdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<User> users, List<String> roles, String message, String error,
                                             Viewer viewer);
    }

    private final UserService users;
    private final SecurityIdentity identity;
    private final Validation validation;

    public AdminPages(UserService users, SecurityIdentity identity, Validation validation) {
        this.users = users;
        this.identity = identity;
        this.validation = validation;
    }

    /**
     * ?created=ID and ?reset=ID (where a create or a password reset redirects to) confirm what was done, naming the
     * account as stored, never echoing the query.
     */
    @GET
    public TemplateInstance page(@QueryParam("created") String created, @QueryParam("reset") String reset) {
        String message = account(created).map(u -> "User " + u.username + " created.")
                .or(() -> account(reset).map(u -> "New password set for " + u.username
                        + ": their sessions have ended, and the account is unlocked."))
                .orElse(null);
        return render(message, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm List<String> role,
                           @RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie,
                           UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        try {
            User user = users.create(validation.valid(new UserRequests.NewUser(username, password, roles(role))));
            return back(uri, "created", user.id);
        } catch (DomainException e) {
            return Response.status(ProblemMappers.status(e)).type(MediaType.TEXT_HTML)
                    .entity(render(e.getMessage())).build();
        }
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setRoles(@RestPath long id, @RestForm List<String> role,
                             @RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie,
                             UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        try {
            users.setRoles(id, roles(role));
            return back(uri);
        } catch (DomainException e) {
            return Response.status(ProblemMappers.status(e)).type(MediaType.TEXT_HTML)
                    .entity(render(e.getMessage())).build();
        }
    }

    /** An admin sets a new password for an account (as PUT /api/users/{id}/password): sessions end, it unlocks. */
    @POST
    @Path("{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setPassword(@RestPath long id, @RestForm String password,
                                @RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie,
                                UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        try {
            User user = users.setPassword(id, validation.valid(new UserRequests.NewPassword(password)).password());
            return back(uri, "reset", user.id);
        } catch (DomainException e) {
            return Response.status(ProblemMappers.status(e)).type(MediaType.TEXT_HTML)
                    .entity(render(e.getMessage())).build();
        }
    }

    private TemplateInstance render(String error) {
        return render(null, error);
    }

    private TemplateInstance render(String message, String error) {
        return Templates.users(users.list(), new TreeSet<>(Role.ALL).stream().toList(), message, error,
                Viewer.of(identity));
    }

    /** The account a confirmation names: a numeric id that exists, or nothing. */
    private Optional<User> account(String id) {
        if (id == null || !id.matches("\\d{1,18}")) return Optional.empty();
        return User.<User>findByIdOptional(Long.parseLong(id));
    }

    private static Set<String> roles(List<String> role) {
        return role == null ? Set.of() : new TreeSet<>(role);
    }

    private static Response back(UriInfo uri) {
        return Response.seeOther(uri.getBaseUriBuilder().path("admin/users").build()).build();
    }

    private static Response back(UriInfo uri, String done, long id) {
        return Response.seeOther(uri.getBaseUriBuilder().path("admin/users").queryParam(done, id).build()).build();
    }
}
