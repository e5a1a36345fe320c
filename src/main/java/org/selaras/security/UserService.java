package org.selaras.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.selaras.http.ProblemException;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Accounts and their roles, kept by admins. */
@ApplicationScoped
@Transactional
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");
    static final int MIN_PASSWORD = 8;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> list() {
        return User.list("order by username");
    }

    public User create(String username, String password, Set<String> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ProblemException.badRequest("A user name is 2 to 64 letters, digits, dots, dashes or underscores.");
        }
        checkPassword(password);
        checkRoles(roles);
        if (User.findByUsername(username).isPresent()) {
            throw new ProblemException(409, "Conflict", "There is already a user named " + username + ".");
        }
        return User.create(username, password, roles);
    }

    public User setRoles(long id, Set<String> roles) {
        checkRoles(roles);
        User user = get(id);
        user.assignRoles(roles);
        return user;
    }

    public User setPassword(long id, String password) {
        checkPassword(password);
        User user = get(id);
        user.changePassword(password);
        return user;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User get(long id) {
        return User.<User>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no user " + id + "."));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw ProblemException.badRequest("A password has at least " + MIN_PASSWORD + " characters.");
        }
    }

    private static void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ProblemException.badRequest("Give at least one role: " + String.join(", ", Role.ALL) + ".");
        }
        for (String role : roles) {
            if (!Role.ALL.contains(role)) {
                throw ProblemException.badRequest("Unknown role \"" + role + "\"; the roles are "
                        + String.join(", ", Role.ALL) + ".");
            }
        }
    }
}
