package org.selaras.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.selaras.error.Conflict;
import org.selaras.error.Invalid;
import org.selaras.error.NotFound;

import java.util.List;
import java.util.Set;

/**
 * Accounts and their roles, kept by admins. User names and passwords arrive checked against
 * {@link UserRequests}' constraints; the roles are checked here, against the ones Selaras has.
 */
@ApplicationScoped
@Transactional
public class UserService {

    static final int MIN_PASSWORD = 8;

    private final Sessions sessions;

    public UserService(Sessions sessions) {
        this.sessions = sessions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<User> list() {
        return User.list("order by username");
    }

    public User create(UserRequests.NewUser request) {
        checkRoles(request.roles());
        if (User.findByUsername(request.username()).isPresent()) {
            throw new Conflict("There is already a user named " + request.username() + ".");
        }
        return User.create(request.username(), request.password(), request.roles());
    }

    public User setRoles(long id, Set<String> roles) {
        checkRoles(roles);
        User user = get(id);
        if (user.roleSet().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(user);
        }
        if (!user.roleSet().equals(new java.util.TreeSet<>(roles))) {
            sessions.endAll(user.id); // the account logs in again and meets its new roles
        }
        user.assignRoles(roles);
        return user;
    }

    /**
     * Refuses to take the admin role from the last admin: nobody could manage accounts any more. The
     * admins' rows are locked first, so two admins demoting each other at once cannot both succeed.
     */
    private static void requireAnotherAdmin(User user) {
        List<User> admins = User.<User>find("roles like ?1", "%" + Role.ADMIN + "%")
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        boolean another = admins.stream().anyMatch(a -> !a.id.equals(user.id) && a.roleSet().contains(Role.ADMIN));
        if (!another) {
            throw new Conflict(user.username + " is the last admin: give another account the admin role first, "
                    + "or nobody could manage accounts.");
        }
    }

    public User setPassword(long id, String password) {
        User user = get(id);
        user.changePassword(password);
        user.failedLogins = 0;
        user.lockedUntil = null; // an admin's reset also unlocks
        sessions.endAll(user.id); // whoever knew the old password is logged out everywhere
        return user;
    }

    /**
     * A user's own new password, given the current one (a session left open on a shared computer must not be
     * enough to take over the account). Every session of the account ends; the caller opens a new one for the
     * browser that asked.
     */
    public User changeOwnPassword(long id, String current, String password) {
        User user = get(id);
        if (current == null || !io.quarkus.elytron.security.common.BcryptUtil.matches(current, user.password)) {
            throw new Invalid("The current password is not right; the password was not changed.");
        }
        return setPassword(id, password);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public User get(long id) {
        return User.<User>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("There is no user " + id + "."));
    }

    private static void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new Invalid("Give at least one role: " + String.join(", ", Role.ALL) + ".");
        }
        for (String role : roles) {
            if (role == null || !Role.ALL.contains(role)) { // Set.of refuses to look for null
                throw new Invalid("Unknown role \"" + role + "\"; the roles are "
                        + String.join(", ", Role.ALL) + ".");
            }
        }
    }
}
