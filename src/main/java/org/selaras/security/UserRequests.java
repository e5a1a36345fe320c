package org.selaras.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Set;

/** What the users API and the admin page send; role names are checked by {@link UserService} (the roles it knows). */
public final class UserRequests {

    static final String USERNAME_RULE = "a user name is 2 to 64 letters, digits, dots, dashes or underscores";
    static final String PASSWORD_RULE = "a password has at least {min} characters";

    private UserRequests() {
    }

    public record NewUser(
            @NotNull(message = USERNAME_RULE) @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = USERNAME_RULE)
            String username,
            @NotNull(message = "give a password") @Size(min = UserService.MIN_PASSWORD, message = PASSWORD_RULE)
            String password,
            Set<String> roles) {
    }

    public record Roles(Set<String> roles) {
    }

    public record NewPassword(
            @NotNull(message = "give a password") @Size(min = UserService.MIN_PASSWORD, message = PASSWORD_RULE)
            String password) {
    }
}
