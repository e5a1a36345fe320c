package org.selaras.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A Selaras account. Passwords are stored as bcrypt (Modular Crypt Format) hashes only; user names are
 * unique without regard to case ({@link #usernameKey}). {@link PasswordIdentityProvider} checks logins.
 */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** As the admin typed it; shown everywhere. */
    @Column(nullable = false, unique = true, length = 64)
    public String username;

    /** The user name in lower case: what logins and uniqueness compare. */
    @Column(name = "username_key", nullable = false, unique = true, length = 64)
    public String usernameKey;

    @Column(nullable = false, length = 100)
    public String password;

    /** Comma-separated; see {@link Role}. */
    @Column(nullable = false, length = 200)
    public String roles;

    /** Failed logins since the last successful one; see {@link LoginThrottle}. */
    @Column(name = "failed_logins", nullable = false)
    public int failedLogins;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static User create(String username, String plainPassword, Set<String> roles) {
        User user = new User();
        user.username = username;
        user.usernameKey = key(username);
        user.password = BcryptUtil.bcryptHash(plainPassword);
        user.assignRoles(roles);
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    /** The account whose name is this one, in any case. */
    public static Optional<User> findByUsername(String username) {
        return username == null ? Optional.empty() : find("usernameKey", key(username)).firstResultOptional();
    }

    /** User names are ASCII (see {@link UserRequests}); ROOT keeps "I" an "i" in every locale. */
    static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public void assignRoles(Set<String> newRoles) {
        roles = String.join(",", new TreeSet<>(newRoles));
    }

    public void changePassword(String plainPassword) {
        password = BcryptUtil.bcryptHash(plainPassword);
    }
}
