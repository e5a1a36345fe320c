package org.selaras.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** What the users API and the admin page send; role names are checked by {@link UserService} (the roles it knows). */
public final class UserRequests {

    static final String USERNAME_RULE = "a user name is 2 to 64 letters, digits, dots, dashes or underscores";
    static final String PASSWORD_RULE = "a password has at least {min} characters";
    /** bcrypt reads only the first 72 bytes: a longer password would be cut silently, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final String PASSWORD_BYTES_RULE = "a password has at most 72 bytes in UTF-8 (bcrypt ignores the rest)";

    static boolean fitsBcrypt(String password) {
        return password == null || password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    private UserRequests() {
    }

    public record NewUser(
            @NotNull(message = USERNAME_RULE) @Pattern(regexp = "[A-Za-z0-9._-]{2,64}", message = USERNAME_RULE)
            String username,
            @NotNull(message = "give a password") @Size(min = UserService.MIN_PASSWORD, message = PASSWORD_RULE)
            String password,
            Set<String> roles) {

        @AssertTrue(message = PASSWORD_BYTES_RULE)
        public boolean isPasswordWithinBcryptLimit() {
            return fitsBcrypt(password);
        }
    }

    public record Roles(Set<String> roles) {
    }

    public record NewPassword(
            @NotNull(message = "give a password") @Size(min = UserService.MIN_PASSWORD, message = PASSWORD_RULE)
            String password) {

        @AssertTrue(message = PASSWORD_BYTES_RULE)
        public boolean isPasswordWithinBcryptLimit() {
            return fitsBcrypt(password);
        }
    }
}
