package org.selaras.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.selaras.error.NotAllowed;

import java.time.Instant;
import java.util.List;

/** Each account's personal API tokens. Everyone manages only their own. */
@Path("/api/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Users")
public class TokenResource {

    public record NewToken(@NotBlank(message = "give the token a name, e.g. the script that uses it")
                           @Size(max = 100, message = "a token name has at most 100 characters") String name) {
    }

    /** A token as listed: never the secret, only its first characters. */
    public record TokenView(long id, String name, String hint, Instant created, Instant lastUsed) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.name, t.hint, t.createdAt, t.lastUsedAt);
        }
    }

    /** Only in the answer to its creation. */
    public record IssuedView(long id, String name, String hint, Instant created, String token) {
    }

    private final ApiTokens tokens;
    private final SecurityIdentity identity;

    public TokenResource(ApiTokens tokens, SecurityIdentity identity) {
        this.tokens = tokens;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Your API tokens",
            description = "Your tokens: {id, name, hint, created, lastUsed}; the secret itself is shown only when a "
                    + "token is made. Roles: any account.")
    @APIResponse(responseCode = "200", description = "Your tokens, oldest first")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "An account without any role")
    public List<TokenView> list() {
        return tokens.of(me()).stream().map(TokenView::of).toList();
    }

    @POST
    @Operation(summary = "Make an API token",
            description = "{name}: a token for scripts, sent as `Authorization: Bearer <token>`; it acts with your "
                    + "roles as they are at each request. The answer is the only time the token is shown. Not with a "
                    + "token itself: log in with your password (Basic or the browser). Roles: any account.")
    @RequestBody(description = "A name that says where the token is used")
    @APIResponse(responseCode = "201", description = "The token, with its secret in `token` (shown once)",
            headers = @Header(name = "Location", description = "/api/tokens/{id}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssuedView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No name, or one too long")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Asked with a token")
    @APIResponse(responseCode = "409", description = "You have the most tokens one account may have",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@Valid @NotNull(message = "{selaras.body.missing}") NewToken body, UriInfo uri) {
        if ("token".equals(identity.getAttribute(Account.VIA))) {
            // a leaked token must not be able to mint the tokens that would outlive its revocation
            throw new NotAllowed("Make API tokens after logging in with your password, not with a token.");
        }
        ApiTokens.Issued issued = tokens.create(me(), body.name().strip());
        ApiToken t = issued.token();
        return Response.created(uri.getBaseUriBuilder().path("api/tokens/{id}").build(t.id))
                .entity(new IssuedView(t.id, t.name, t.hint, t.createdAt, issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API token",
            description = "The token stops working at once, on every instance. Roles: any account (its own tokens).")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Token id")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "With the session cookie, from another origin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "You have no token with this id")
    public Response revoke(@RestPath long id) {
        tokens.revoke(me(), id);
        return Response.noContent().build();
    }

    private long me() {
        Long id = identity.getAttribute(Account.ID);
        if (id == null) {
            throw new NotAllowed("Log in as a Selaras account to manage API tokens.");
        }
        return id;
    }
}
