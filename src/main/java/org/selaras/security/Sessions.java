package org.selaras.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.NewCookie;
import org.selaras.SelarasConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Browser sessions, kept in the database. The cookie carries 256 random bits and the database their SHA-256,
 * so there is no key to forge a cookie with, every instance sharing the database knows every session, and
 * logging out, a new password or new roles end sessions for good (a replayed cookie finds no row).
 * Hand-written because Quarkus' form login keeps the session only in an encrypted cookie, which cannot be revoked.
 */
@ApplicationScoped
public class Sessions {
    public static final String COOKIE = "selaras-session";
    /** How stale last_seen_at may get before a request writes it again. */
    private static final Duration TOUCH = Duration.ofMinutes(1);
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** Sessions kept in memory at most (past it the stale ones go; a busy desk has far fewer). */
    private static final int MAX_RECENT = 10_000;

    private final SelarasConfig.Session config;
    private final long cacheNanos;
    /** Sessions read lately, by the SHA-256 of their cookie (see {@link #resolve}). */
    private final Map<String, Recent> recent = new ConcurrentHashMap<>();

    private record Recent(Account account, long readAt) {
    }

    public Sessions(SelarasConfig config) {
        this.config = config.session();
        this.cacheNanos = this.config.cache().toNanos();
    }

    /** A new session for the account: the cookie's value (new on every login, so none can be planted). */
    @Transactional
    public String open(Account account, String address) {
        String secret = Secrets.random();
        UserSession s = new UserSession();
        s.idHash = Secrets.digest(secret);
        s.userId = account.id();
        s.createdAt = Instant.now();
        s.lastSeenAt = s.createdAt;
        s.address = address == null || address.length() > 64 ? null : address;
        s.persist();
        return secret;
    }

    /**
     * The account of a live session; empty for an unknown, ended or expired one. A session this instance read within
     * selaras.session.cache is answered from memory: the editor saves many times a second, and two reads per save
     * were a tenth of the server's work. Ending a session here forgets it at once ({@link #end}, {@link #endAll}).
     */
    public Optional<Account> resolve(String cookie) {
        if (cookie == null || !SHAPE.matcher(cookie).matches()) {
            return Optional.empty();
        }
        String id = Secrets.digest(cookie);
        Recent r = recent.get(id);
        if (r != null && System.nanoTime() - r.readAt < cacheNanos) {
            return Optional.of(r.account);
        }
        Optional<Account> account = QuarkusTransaction.joiningExisting().call(() -> read(id));
        if (account.isPresent() && cacheNanos > 0) {
            if (recent.size() >= MAX_RECENT) {
                long stale = System.nanoTime() - cacheNanos;
                recent.values().removeIf(e -> e.readAt < stale);
            }
            recent.put(id, new Recent(account.get(), System.nanoTime()));
        } else {
            recent.remove(id);
        }
        return account;
    }

    /**
     * Whether a session is still open, for a socket opened with it: answered as {@link #resolve} answers (from
     * memory within selaras.session.cache, so an end elsewhere is seen within that time), but a check is not the
     * user's activity: it never keeps an idle session alive.
     */
    public boolean stillOpen(String cookie) {
        if (cookie == null || !SHAPE.matcher(cookie).matches()) {
            return false;
        }
        String id = Secrets.digest(cookie);
        Recent r = recent.get(id);
        if (r != null && System.nanoTime() - r.readAt < cacheNanos) {
            return true;
        }
        return QuarkusTransaction.joiningExisting().call(() -> read(id, false)).isPresent();
    }

    private Optional<Account> read(String id) {
        return read(id, true);
    }

    private Optional<Account> read(String id, boolean touch) {
        UserSession s = UserSession.findById(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (s.lastSeenAt.plus(config.timeout()).isBefore(now) || s.createdAt.plus(config.maxAge()).isBefore(now)) {
            s.delete();
            return Optional.empty();
        }
        User user = User.findById(s.userId);
        if (user == null) {
            return Optional.empty();
        }
        if (touch && Duration.between(s.lastSeenAt, now).compareTo(TOUCH) > 0) {
            s.lastSeenAt = now;
        }
        return Optional.of(Account.of(user));
    }

    /** Logging out: this browser's session ends. */
    @Transactional
    public void end(String cookie) {
        if (cookie != null && SHAPE.matcher(cookie).matches()) {
            String id = Secrets.digest(cookie);
            recent.remove(id);
            UserSession.deleteById(id);
        }
    }

    /** A new password or new roles: every session of the account ends, on every instance. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long endAll(long userId) {
        recent.values().removeIf(r -> r.account.id() == userId);
        return UserSession.delete("userId", userId);
    }

    /**
     * The cookie for a new session: HttpOnly, SameSite=Strict, no Max-Age (it ends with the browser; the server
     * ends it sooner), Secure when the request came over HTTPS or selaras.session.secure-cookie is set.
     */
    public NewCookie cookie(String value, boolean https) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true)
                .secure(https || config.secureCookie()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Tells the browser to forget its session cookie. */
    public NewCookie forgotten(boolean https) {
        return new NewCookie.Builder(COOKIE).value("").path("/").httpOnly(true).maxAge(0)
                .secure(https || config.secureCookie()).sameSite(NewCookie.SameSite.STRICT).build();
    }

    /** Every instance purges; deleting a row twice is harmless. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        Instant now = Instant.now();
        UserSession.delete("lastSeenAt < ?1 or createdAt < ?2", now.minus(config.timeout()), now.minus(config.maxAge()));
    }
}
