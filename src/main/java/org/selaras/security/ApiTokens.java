package org.selaras.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.error.Conflict;
import org.selaras.error.NotFound;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal API tokens: scripts send {@code Authorization: Bearer slr_…} instead of a password on every request
 * (each Basic request costs a bcrypt check, and a password in a script is a password in a file). A token acts
 * with its owner's current roles, is shown once, kept as a SHA-256 digest, and revoked by deleting it.
 */
@ApplicationScoped
public class ApiTokens {
    public static final String PREFIX = "slr_";
    static final int MAX_PER_USER = 50;
    private static final Pattern SHAPE = Pattern.compile("slr_[A-Za-z0-9_-]{43}");
    /** How stale last_used_at may get before a request writes it again. */
    private static final Duration TOUCH = Duration.ofMinutes(1);

    /** A new token: the row, and the secret that is never shown again. */
    public record Issued(ApiToken token, String secret) {
    }

    @Transactional
    public Issued create(long userId, String name) {
        if (ApiToken.count("userId", userId) >= MAX_PER_USER) {
            throw new Conflict("You have " + MAX_PER_USER + " API tokens already; revoke one you no longer use first.");
        }
        String secret = PREFIX + Secrets.random();
        ApiToken t = new ApiToken();
        t.userId = userId;
        t.name = name;
        t.tokenHash = Secrets.digest(secret);
        t.hint = secret.substring(0, 8);
        t.createdAt = Instant.now();
        t.persist();
        return new Issued(t, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> of(long userId) {
        return ApiToken.list("userId = ?1 order by createdAt, id", userId);
    }

    /** Revokes one of the user's own tokens; someone else's is as unknown as a missing one. */
    @Transactional
    public void revoke(long userId, long tokenId) {
        if (ApiToken.delete("id = ?1 and userId = ?2", tokenId, userId) == 0) {
            throw new NotFound("You have no API token " + tokenId + ".");
        }
    }

    @Transactional
    public Optional<Account> resolve(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        Optional<ApiToken> found = ApiToken.find("tokenHash", Secrets.digest(token)).firstResultOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken t = found.get();
        User user = User.findById(t.userId);
        if (user == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (t.lastUsedAt == null || Duration.between(t.lastUsedAt, now).compareTo(TOUCH) > 0) {
            t.lastUsedAt = now;
        }
        return Optional.of(Account.of(user));
    }
}
