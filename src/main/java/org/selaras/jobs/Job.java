package org.selaras.jobs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A long piece of work as a row (see {@link Jobs}); payload and progress are JSON its {@link JobKind} reads. */
@Entity
@Table(name = "job")
public class Job extends PanacheEntityBase {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String CANCELLED = "cancelled";
    public static final String FAILED = "failed";

    @Id
    @Column(length = 36)
    public String id;

    @Column(nullable = false, length = 32)
    public String kind;

    @Column(name = "document_id")
    public Long documentId;

    @Column(nullable = false, length = 16)
    public String state;

    @Column(nullable = false, length = 4000)
    public String payload;

    @Column(nullable = false, length = 4000)
    public String progress;

    @Column(length = 4000)
    public String message;

    @Column(name = "started_by", nullable = false, length = 64)
    public String startedBy;

    @Column(length = 64)
    public String owner;

    public Instant heartbeat;

    @Column(name = "cancel_requested", nullable = false)
    public boolean cancelRequested;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "live_key", length = 100, unique = true)
    public String liveKey;

    public boolean ended() {
        return !state.equals(QUEUED) && !state.equals(RUNNING);
    }
}
