package org.selaras.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.SelarasConfig;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/** Creates the "admin" account on a database that has none. */
@ApplicationScoped
public class FirstStartAdmin {

    public static final String USERNAME = "admin";

    private final SelarasConfig config;

    public FirstStartAdmin(SelarasConfig config) {
        this.config = config;
    }

    /** @return the generated password if one was made (to print once), empty otherwise */
    @Transactional
    public Optional<String> ensureAdmin() {
        if (User.findByUsername(USERNAME).isPresent()) {
            return Optional.empty();
        }
        Optional<String> configured = config.adminPassword().filter(p -> !p.isBlank());
        String password = configured.orElseGet(FirstStartAdmin::randomPassword);
        User.create(USERNAME, password, Set.of(Role.ADMIN));
        return configured.isPresent() ? Optional.empty() : Optional.of(password);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
