package org.selaras.security;

import java.util.Set;

/** The four roles of Selaras, as used in @RolesAllowed. */
public final class Role {
    public static final String ADMIN = "admin";
    public static final String TERMINOLOGIST = "terminologist";
    public static final String REVIEWER = "reviewer";
    public static final String TRANSLATOR = "translator";

    public static final Set<String> ALL = Set.of(ADMIN, TERMINOLOGIST, REVIEWER, TRANSLATOR);

    private Role() {
    }
}
