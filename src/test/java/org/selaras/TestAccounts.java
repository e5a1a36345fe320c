package org.selaras;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.selaras.security.Role;
import org.selaras.security.User;

import java.util.Set;

/** Test-only accounts, one per role (the app itself creates only "admin"). */
@ApplicationScoped
public class TestAccounts {
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-secret";
    public static final String TRANSLATOR = "tina";
    public static final String REVIEWER = "rudi";
    public static final String TERMINOLOGIST = "tari";
    public static final String PASSWORD = "test-password";

    @Transactional
    void create(@Observes StartupEvent event) {
        ensure(TRANSLATOR, Role.TRANSLATOR);
        ensure(REVIEWER, Role.REVIEWER);
        ensure(TERMINOLOGIST, Role.TERMINOLOGIST);
    }

    private static void ensure(String name, String role) {
        if (User.findByUsername(name).isEmpty()) {
            User.create(name, PASSWORD, Set.of(role));
        }
    }
}
