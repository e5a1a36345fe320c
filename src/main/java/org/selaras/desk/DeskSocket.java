package org.selaras.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.quarkus.websockets.next.HandshakeRequest;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.PathParam;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quarkus.websockets.next.CloseReason;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import org.selaras.document.Document;
import org.selaras.security.Role;
import org.selaras.security.Sessions;

import java.sql.SQLException;

/**
 * The editor's live line to the desk, {@code /desk/documents/{id}} (any role may read a document). The handshake is
 * authenticated like any page (session cookie, or Basic/Bearer for scripts) and its Origin is checked
 * ({@link DeskHandshake}); a socket opened with a session cookie is closed (4401) when that session ends
 * ({@link DeskRelay}). In: {@code {"type":"editing","segment":id|null}}. Out: {@code hello} (your connection's
 * name), {@code presence} (everyone in the document and their segment), {@code saved} (segment, version, user),
 * {@code joined}/{@code split} (the group's first segment, user), {@code imported} (user), {@code comment}
 * (segment, user) and {@code glossary} (the glossary changed).
 */
@WebSocket(path = "/desk/documents/{id}", endpointId = DeskSocket.ID)
@RolesAllowed({Role.ADMIN, Role.REVIEWER, Role.TRANSLATOR, Role.TERMINOLOGIST})
public class DeskSocket {
    static final String ID = "desk";
    private final DeskRelay relay;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public DeskSocket(DeskRelay relay, SecurityIdentity identity, ObjectMapper json) {
        this.relay = relay;
        this.identity = identity;
        this.json = json;
    }

    @OnOpen
    @Transactional(Transactional.TxType.SUPPORTS)
    public void open(WebSocketConnection connection, @PathParam String id) throws SQLException {
        Long document = parse(id);
        if (document == null || Document.findById(document) == null) {
            connection.close(new CloseReason(4404, "There is no document " + id + ".")).subscribe().with(x -> { });
            return;
        }
        connection.userData().put(DeskRelay.DOCUMENT, document);
        connection.userData().put(DeskRelay.USER, identity.getPrincipal().getName());
        String session = sessionCookie(connection.handshakeRequest());
        if (session != null) {
            connection.userData().put(DeskRelay.SESSION, session); // the socket ends with its session
        }
        relay.opened(connection);
    }

    @OnTextMessage
    public void message(WebSocketConnection connection, String text) {
        if (connection.userData().get(DeskRelay.DOCUMENT) == null) {
            return;
        }
        try {
            JsonNode m = json.readTree(text);
            if (m != null && "editing".equals(m.path("type").asText())) {
                JsonNode segment = m.path("segment");
                relay.editing(connection, segment.canConvertToLong() ? segment.asLong() : null);
            }
        } catch (java.io.IOException e) {
            // not JSON: ignored, as any message the desk does not know
        }
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        if (connection.userData().get(DeskRelay.DOCUMENT) != null) {
            relay.closed(connection);
        }
    }

    /** The session cookie the handshake was authenticated with; null for Basic or Bearer (the header wins). */
    static String sessionCookie(HandshakeRequest request) {
        String header = request.header("Cookie");
        if (request.header("Authorization") != null || header == null) {
            return null;
        }
        for (Cookie c : ServerCookieDecoder.LAX.decode(header)) {
            if (Sessions.COOKIE.equals(c.name())) {
                return c.value();
            }
        }
        return null;
    }

    private static Long parse(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
