package org.selaras.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Accounts over HTTP; admins only. Passwords go in, never out. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class UserResource {

    public record UserView(long id, String username, Set<String> roles, Instant created) {
        static UserView of(User u) {
            return new UserView(u.id, u.username, u.roleSet(), u.createdAt);
        }
    }

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @GET
    @Operation(summary = "All accounts (admin)")
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @POST
    @Operation(summary = "Create an account with roles (admin)")
    public Response create(@Valid @NotNull(message = "{selaras.body.missing}") UserRequests.NewUser body, UriInfo uri) {
        User user = users.create(body);
        return Response.created(uri.getBaseUriBuilder().path("api/users/{id}").build(user.id))
                .entity(UserView.of(user)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account (admin)")
    public UserView get(@RestPath long id) {
        return UserView.of(users.get(id));
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace an account's roles (admin)")
    public UserView setRoles(@RestPath long id, @NotNull(message = "{selaras.body.missing}") UserRequests.Roles body) {
        return UserView.of(users.setRoles(id, body.roles()));
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set an account's password (admin)")
    public Response setPassword(@RestPath long id,
                                @Valid @NotNull(message = "{selaras.body.missing}") UserRequests.NewPassword body) {
        users.setPassword(id, body.password());
        return Response.noContent().build();
    }
}
