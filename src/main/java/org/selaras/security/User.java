package org.selaras.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A Selaras account. Passwords are stored as bcrypt (Modular Crypt Format) hashes only. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Password
    @Column(nullable = false, length = 100)
    public String password;

    /** Comma-separated, as security-jpa reads them; see {@link Role}. */
    @Roles
    @Column(nullable = false, length = 200)
    public String roles;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static User create(String username, String plainPassword, Set<String> roles) {
        User user = new User();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(plainPassword);
        user.assignRoles(roles);
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
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
