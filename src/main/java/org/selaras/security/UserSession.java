package org.selaras.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One logged-in browser: the SHA-256 of the random id its cookie carries. See {@link Sessions}. */
@Entity
@Table(name = "app_session")
public class UserSession extends PanacheEntityBase {

    @Id
    @Column(name = "id_hash", length = 64)
    public String idHash;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Refreshed at most every few minutes, so that a busy editor does not write on every keystroke's save. */
    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Column(length = 64)
    public String address;
}
