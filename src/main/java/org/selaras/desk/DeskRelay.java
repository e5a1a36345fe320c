package org.selaras.desk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.selaras.security.Sessions;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Passes the desk's events from the database to this instance's open editor sockets. Saves and presence are
 * written to the event table by whichever instance took them ({@link DeskEvents}) and every instance reads the
 * table ({@link DeskFeed}) every {@code selaras.desk.poll} (400 ms) while it has a socket open, so editors on
 * different instances see each other; with no socket open it reads nothing. Presence is kept alive by a heartbeat
 * ({@code here} again every 20 s); an editor not heard of for 65 s (its instance died) is taken for gone.
 */
@ApplicationScoped
public class DeskRelay {
    private static final Logger LOG = Logger.getLogger(DeskRelay.class);
    static final UserData.TypedKey<Long> DOCUMENT = UserData.TypedKey.forLong("document");
    static final UserData.TypedKey<String> USER = UserData.TypedKey.forString("user");
    static final UserData.TypedKey<Long> SEGMENT = UserData.TypedKey.forLong("segment");
    /** The session cookie a socket was opened with (none for Basic or Bearer). */
    static final UserData.TypedKey<String> SESSION = UserData.TypedKey.forString("session");
    /** The close code of a socket whose session ended (logout, new password, new roles, timeout). */
    static final int SESSION_ENDED = 4401;
    private static final Duration HEARD_OF = Duration.ofSeconds(65);
    private static final Duration GIVE_UP = Duration.ofMinutes(1);

    /** One editor in a document, seen from here. */
    record Person(String connection, String user, Long segment, Instant heard) {
    }

    private final String instance = UUID.randomUUID().toString().substring(0, 8);
    private final OpenConnections connections;
    private final AgroalDataSource dataSource;
    private final DeskEvents events;
    private final Sessions sessions;
    private final ObjectMapper json;
    private final Map<Long, Map<String, Person>> present = new ConcurrentHashMap<>();
    private final long pollMillis;
    private ScheduledExecutorService poller;
    private DeskFeed feed;
    private long glossaryRevision;

    public DeskRelay(OpenConnections connections, AgroalDataSource dataSource, DeskEvents events, Sessions sessions,
                     ObjectMapper json,
                     @ConfigProperty(name = "selaras.desk.poll", defaultValue = "400ms") Duration poll) {
        this.sessions = sessions;
        this.pollMillis = Math.max(50, poll.toMillis());
        this.connections = connections;
        this.dataSource = dataSource;
        this.events = events;
        this.json = json;
    }

    /** The socket's name on every instance. */
    String key(WebSocketConnection c) {
        return instance + ":" + c.id();
    }

    /** A socket opened: the feed starts (if it was idle) before the editor's own "here" is written. */
    void opened(WebSocketConnection c) throws SQLException {
        synchronized (this) {
            if (feed == null) {
                start();
            }
        }
        send(c, Map.of("type", "hello", "you", key(c)));
        announce(c);
        sendPresence(c.userData().get(DOCUMENT), List.of(c));
    }

    /** The editor moved to another segment (null: none). */
    void editing(WebSocketConnection c, Long segment) {
        if (segment == null) {
            c.userData().remove(SEGMENT);
        } else {
            c.userData().put(SEGMENT, segment);
        }
        announce(c);
    }

    void closed(WebSocketConnection c) {
        events.presence(c.userData().get(DOCUMENT), DeskEvent.GONE, null, c.userData().get(USER), key(c));
    }

    private void announce(WebSocketConnection c) {
        UserData d = c.userData();
        events.presence(d.get(DOCUMENT), DeskEvent.HERE, d.get(SEGMENT), d.get(USER), key(c));
    }

    private void start() throws SQLException {
        feed = DeskFeed.fromNow(dataSource, GIVE_UP);
        glossaryRevision = feed.glossaryRevision();
        present.clear();
        for (DeskEvent e : feed.presenceSince(HEARD_OF)) {
            applyPresence(e);
        }
    }

    /** The scheduler's shortest period is a second: the desk reads more often, on its own thread. */
    void startPolling(@Observes StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "desk-relay");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    void stopPolling(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    synchronized void poll() {
        if (connections.findByEndpointId(DeskSocket.ID).isEmpty()) {
            feed = null; // idle: nothing to tell anyone, nothing read
            return;
        }
        try {
            closeEndedSessions();
            if (feed == null) {
                start();
            }
            Set<Long> moved = new HashSet<>();
            for (DeskEvent e : feed.read()) {
                if (e.presence()) {
                    applyPresence(e);
                    moved.add(e.documentId());
                } else {
                    // saved (with its version), joined, split, imported, comment: the editor reads what it needs
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("type", e.kind());
                    m.put("segment", e.segmentId());
                    if (e.version() != null) {
                        m.put("version", e.version());
                    }
                    m.put("user", e.user());
                    sendTo(e.documentId(), m);
                }
            }
            Instant stale = Instant.now().minus(HEARD_OF);
            for (var document : present.entrySet()) {
                if (document.getValue().values().removeIf(p -> p.heard().isBefore(stale))) {
                    moved.add(document.getKey());
                }
            }
            for (Long document : moved) {
                sendPresence(document, inDocument(document));
            }
            long revision = feed.glossaryRevision();
            if (revision != glossaryRevision) {
                glossaryRevision = revision;
                for (WebSocketConnection c : connections.findByEndpointId(DeskSocket.ID)) {
                    send(c, Map.of("type", "glossary"));
                }
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Desk poll failed: " + e.getMessage());
        }
    }

    /**
     * A socket lives no longer than the session it was opened with. {@link Sessions#stillOpen} answers from memory
     * within selaras.session.cache and forgets a session ended here at once: a logout, new password or new roles
     * close the socket at the next poll on this instance, and within the cache time on the others.
     */
    private void closeEndedSessions() {
        for (WebSocketConnection c : connections.findByEndpointId(DeskSocket.ID)) {
            String session = c.userData().get(SESSION);
            if (session != null && !sessions.stillOpen(session)) {
                c.userData().remove(SESSION);
                c.close(new CloseReason(SESSION_ENDED, "Your session ended: log in again."))
                        .subscribe().with(x -> { }, failure -> LOG.debug("Desk socket not closed: " + failure));
            }
        }
    }

    /** Every open socket says again that it is here (with its segment): other instances keep it present. */
    @Scheduled(every = "20s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        for (WebSocketConnection c : connections.findByEndpointId(DeskSocket.ID)) {
            announce(c);
        }
    }

    @Scheduled(every = "5m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forget() {
        events.deleteBefore(Instant.now().minus(Duration.ofMinutes(10)));
    }

    private void applyPresence(DeskEvent e) {
        Map<String, Person> people = present.computeIfAbsent(e.documentId(), d -> new ConcurrentHashMap<>());
        if (DeskEvent.GONE.equals(e.kind())) {
            people.remove(e.connection());
        } else {
            people.put(e.connection(), new Person(e.connection(), e.user(), e.segmentId(), e.created()));
        }
    }

    private List<WebSocketConnection> inDocument(long document) {
        return connections.findByEndpointId(DeskSocket.ID).stream()
                .filter(c -> Long.valueOf(document).equals(c.userData().get(DOCUMENT))).toList();
    }

    private void sendTo(long document, Map<String, Object> message) {
        for (WebSocketConnection c : inDocument(document)) {
            send(c, message);
        }
    }

    private void sendPresence(long document, List<WebSocketConnection> to) {
        List<Map<String, Object>> people = new ArrayList<>();
        present.getOrDefault(document, Map.of()).values().stream().sorted(Comparator.comparing(Person::user))
                .forEach(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("connection", p.connection());
                    m.put("user", p.user());
                    m.put("segment", p.segment());
                    people.add(m);
                });
        for (WebSocketConnection c : to) {
            send(c, Map.of("type", "presence", "people", people));
        }
    }

    private void send(WebSocketConnection c, Map<String, ?> message) {
        try {
            String text = json.writeValueAsString(message);
            c.sendText(text).subscribe().with(ok -> { }, failure -> LOG.debug("Desk message not sent: " + failure));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
