package org.selaras.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.selaras.SelarasConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Password checks with throttling, for the login form and HTTP Basic alike.
 * <ul>
 *   <li>An account is refused for {@code selaras.login.lock} after {@code max-failures} consecutive failures, even
 *   with the right password (else the lock would tell a guesser when it guessed right). Kept in the database, so
 *   every instance sees it; each further failure locks again, a success clears it.</li>
 *   <li>An address is refused after {@code address-max-failures} failures within {@code address-window}
 *   (password spraying across accounts). Kept per instance: a bound on guesses, not an audit.</li>
 * </ul>
 * Every failure and refusal is logged with the address.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);
    /** Compared against when the user name is unknown, so that the answer takes as long as for a real account. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash("selaras-decoy-password");

    private final SelarasConfig.Login config;
    private final AddressThrottle addresses;

    public LoginThrottle(SelarasConfig config) {
        this.config = config.login();
        this.addresses = new AddressThrottle(this.config.addressMaxFailures(), this.config.addressWindow());
    }

    /** @return the account, or throws AuthenticationFailedException (wrong) / {@link LoginThrottled} (too many) */
    @Transactional(dontRollbackOn = AuthenticationFailedException.class)
    public Account login(String username, String password, String address) {
        Instant now = Instant.now();
        Optional<Duration> addressWait = addresses.waitFor(address, now);
        if (addressWait.isPresent()) {
            LOG.warnf("Login as %s from %s refused: too many failed logins from this address", username, address);
            throw LoginThrottled.failure("Too many failed logins from your address; try again in "
                    + minutes(addressWait.get()) + ".", addressWait.get());
        }
        Optional<User> found = User.findByUsername(username);
        if (found.isEmpty()) {
            BcryptUtil.matches(password, DECOY_HASH);
            addresses.failed(address, now);
            LOG.warnf("Failed login as unknown user %s from %s", username, address);
            throw new AuthenticationFailedException();
        }
        User user = found.get();
        if (user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            addresses.failed(address, now);
            Duration wait = Duration.between(now, user.lockedUntil);
            LOG.warnf("Login as %s from %s refused: account locked until %s", user.username, address, user.lockedUntil);
            throw LoginThrottled.failure("Too many failed logins for " + user.username + "; try again in "
                    + minutes(wait) + ".", wait);
        }
        if (!BcryptUtil.matches(password, user.password)) {
            addresses.failed(address, now);
            // counted in the database, not on the entity: concurrent guesses must not lose increments
            User.update("failedLogins = failedLogins + 1 where id = ?1", user.id);
            int failures = User.getEntityManager().createQuery("select failedLogins from User where id = :id", Integer.class)
                    .setParameter("id", user.id).getSingleResult();
            if (failures >= config.maxFailures()) {
                Instant until = now.plus(config.lock());
                User.update("lockedUntil = ?1 where id = ?2", until, user.id);
                LOG.warnf("Failed login as %s from %s (%d in a row): account locked until %s", user.username, address,
                        failures, until);
            } else {
                LOG.warnf("Failed login as %s from %s (%d in a row)", user.username, address, failures);
            }
            throw new AuthenticationFailedException();
        }
        if (user.failedLogins != 0 || user.lockedUntil != null) {
            user.failedLogins = 0;
            user.lockedUntil = null;
        }
        return Account.of(user);
    }

    private static String minutes(Duration wait) {
        long m = (wait.toSeconds() + 59) / 60;
        return m <= 1 ? "a minute" : m + " minutes";
    }
}
