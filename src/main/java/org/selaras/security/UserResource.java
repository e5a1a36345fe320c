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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Accounts over HTTP; admins only. Passwords go in, never out. */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Users")
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
    @Operation(summary = "All accounts",
            description = "Every account by user name: {id, username, roles, created}, never a password. "
                    + "Roles: admin.")
    @APIResponse(responseCode = "200", description = "The accounts")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an admin")
    public List<UserView> list() {
        return users.list().stream().map(UserView::of).toList();
    }

    @POST
    @Operation(summary = "Create an account",
            description = "{username, password, roles}: a user name of 2 to 64 letters, digits, dots, dashes or "
                    + "underscores, a password of at least 8 characters (stored as a bcrypt hash), at least one "
                    + "role of admin, terminologist, reviewer, translator. Roles: admin.")
    @RequestBody(description = "The user name, password and roles")
    @APIResponse(responseCode = "201", description = "The account; Location is its URL",
            headers = @Header(name = "Location", description = "/api/users/{id}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "A bad user name, a password too short, no "
            + "role or an unknown one")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "There is already an account with this user name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull(message = "{selaras.body.missing}") UserRequests.NewUser body, UriInfo uri) {
        User user = users.create(body);
        return Response.created(uri.getBaseUriBuilder().path("api/users/{id}").build(user.id))
                .entity(UserView.of(user)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account", description = "{id, username, roles, created}. Roles: admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Account id")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No account with this id")
    public UserView get(@RestPath long id) {
        return UserView.of(users.get(id));
    }

    @PUT
    @Path("{id}/roles")
    @Operation(summary = "Replace an account's roles",
            description = "{roles: [...]}: at least one of admin, terminologist, reviewer, translator. Roles: admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Account id")
    @RequestBody(description = "The new roles")
    @APIResponse(responseCode = "200", description = "The account with its new roles")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No role or an unknown one")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No account with this id")
    @APIResponse(responseCode = "409", ref = "Conflict", description = "The account is the last admin and would "
            + "lose the admin role")
    public UserView setRoles(@RestPath long id, @NotNull(message = "{selaras.body.missing}") UserRequests.Roles body) {
        return UserView.of(users.setRoles(id, body.roles()));
    }

    @PUT
    @Path("{id}/password")
    @Operation(summary = "Set an account's password",
            description = "{password}: at least 8 characters; stored as a bcrypt hash. Roles: admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Account id")
    @RequestBody(description = "The new password")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No password or one too short")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not an admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No account with this id")
    public Response setPassword(@RestPath long id,
                                @Valid @NotNull(message = "{selaras.body.missing}") UserRequests.NewPassword body) {
        users.setPassword(id, body.password());
        return Response.noContent().build();
    }
}
