package org.selaras.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.selaras.http.Csrf;
import org.selaras.http.Viewer;

/** Login and logout pages. The login form posts to Quarkus' /j_security_check. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SessionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, Viewer viewer);
    }

    @GET
    @PermitAll
    public Response home(UriInfo uri) {
        return Response.seeOther(uri.getBaseUriBuilder().path("documents").build()).build();
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") String error) {
        return Templates.login(error != null, Viewer.anonymous());
    }

    @POST
    @Path("logout")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response logout(@RestForm(Csrf.FIELD) String csrf, @CookieParam(Csrf.COOKIE) String csrfCookie,
                           UriInfo uri) {
        Csrf.check(csrfCookie, csrf);
        // the session lives only in the encrypted cookie: dropping it ends the session
        NewCookie gone = new NewCookie.Builder("quarkus-credential").path("/").maxAge(0).value("").build();
        return Response.seeOther(uri.getBaseUriBuilder().path("login").build()).cookie(gone).build();
    }
}
