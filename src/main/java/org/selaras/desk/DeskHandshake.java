package org.selaras.desk;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.selaras.SelarasConfig;
import org.selaras.security.ClientRequests;
import org.selaras.security.OriginCheck;
import org.selaras.security.Sessions;

import java.util.List;
import java.util.Optional;

/**
 * A socket opened with the session cookie must come from one of our pages, as a cookie-authenticated write must
 * (a page of another origin could otherwise open it in the user's name and read the desk). Browsers always send
 * Origin on a WebSocket handshake, and no page can forge it. Basic and Bearer clients are not asked.
 */
@ApplicationScoped
public class DeskHandshake implements HttpUpgradeCheck {
    private static final Logger LOG = Logger.getLogger(DeskHandshake.class);
    private final List<String> trustedOrigins;

    public DeskHandshake(SelarasConfig config) {
        this.trustedOrigins = config.session().trustedOrigins().orElse(List.of());
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return DeskSocket.ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        HttpServerRequest request = context.httpRequest();
        if (request.getHeader("Authorization") != null || request.getCookie(Sessions.COOKIE) == null) {
            return CheckResult.permitUpgrade();
        }
        Optional<String> refusal = OriginCheck.handshakeRefusal(ClientRequests.forOriginCheck(request), trustedOrigins);
        if (refusal.isPresent()) {
            LOG.warnf("Refused a desk socket with a session cookie from origin %s", request.getHeader("Origin"));
            return CheckResult.rejectUpgrade(403);
        }
        return CheckResult.permitUpgrade();
    }
}
