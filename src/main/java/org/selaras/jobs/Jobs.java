package org.selaras.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;
import org.selaras.SelarasConfig;
import org.selaras.error.Conflict;
import org.selaras.error.NotFound;
import org.selaras.security.Account;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Long work as rows in the {@code job} table, so that every instance sharing the database answers for every job,
 * a job survives the instance that ran it, and cancel works from anywhere.
 * <ul>
 * <li>{@link #submit} adds a queued job; at most one queued or running job per document and kind (a unique key, so
 * two instances asked at once cannot both start one).</li>
 * <li>Workers ({@code selaras.jobs.workers} per instance) claim a queued job with {@code select … for update skip
 * locked} (two instances never claim the same one, neither waits for the other), or a running job whose heartbeat
 * is older than {@code selaras.jobs.stale}: its instance died (kill -9, a crash), and the job resumes here from its
 * last checkpoint.</li>
 * <li>Every {@code selaras.jobs.heartbeat} each instance stamps its running jobs (the database's clock, so the
 * instances' clocks do not matter); each batch's checkpoint stores the progress and reads the cancel flag.</li>
 * <li>On SIGTERM the workers finish their current batch and hand their jobs back to the queue, for another instance
 * (or the next start) to resume at once.</li>
 * </ul>
 */
@ApplicationScoped
public class Jobs {

    private static final Logger LOG = Logger.getLogger(Jobs.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** This process, as the owner of the jobs it runs. */
    private final String instance = UUID.randomUUID().toString();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ObjectMapper json;
    private final SelarasConfig.Jobs config;
    private final Instance<JobKind> kinds;
    private final ExecutorService pool;
    private volatile boolean stopping;

    public Jobs(ObjectMapper json, SelarasConfig config, Instance<JobKind> kinds) {
        this.json = json;
        this.config = config.jobs();
        this.kinds = kinds;
        this.pool = Executors.newFixedThreadPool(this.config.workers(), r -> {
            Thread t = new Thread(r, "selaras-job");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a job and starts it on this instance when a worker is free. {@code busy}: what to say (409) when the
     * document already has a queued or running job of this kind; the job's id is added.
     */
    public Job submit(String kind, Long documentId, Map<String, Object> payload, String startedBy, String busy) {
        String liveKey = documentId == null ? null : kind + ":" + documentId;
        refuseIfBusy(liveKey, busy);
        Job job;
        try {
            job = QuarkusTransaction.requiringNew().call(() -> {
                Job j = new Job();
                j.id = UUID.randomUUID().toString();
                j.kind = kind;
                j.documentId = documentId;
                j.state = Job.QUEUED;
                j.payload = write(payload);
                j.progress = "{}";
                j.startedBy = startedBy;
                j.createdAt = Instant.now();
                j.liveKey = liveKey;
                j.persist();
                return j;
            });
        } catch (RuntimeException e) {
            refuseIfBusy(liveKey, busy); // another instance queued one meanwhile: the unique key refused ours
            throw e;
        }
        if (!stopping) {
            pool.execute(this::claim);
        }
        return job;
    }

    private void refuseIfBusy(String liveKey, String busy) {
        if (liveKey == null) return;
        Job live = QuarkusTransaction.requiringNew().call(() -> Job.<Job>find("liveKey", liveKey).firstResult());
        if (live != null) {
            throw new Conflict(busy + " (job " + live.id + "): follow or cancel that one.");
        }
    }

    /** The job as stored now, on whichever instance it runs. */
    public Job find(String id) {
        Job job = id == null ? null : QuarkusTransaction.requiringNew().call(() -> Job.<Job>findById(id));
        if (job == null) {
            throw new NotFound("There is no job " + id + " (ended jobs are kept for "
                    + config.keep().toMinutes() + " minutes).");
        }
        return job;
    }

    /** Asks the job to stop: a queued one ends at once, a running one at its worker's next checkpoint. */
    public Job cancel(String id, String message) {
        find(id);
        QuarkusTransaction.requiringNew().run(() -> {
            sql("update job set cancel_requested = true where id = ?1 and state in ('queued', 'running')", id);
            sql("update job set state = 'cancelled', message = ?2, finished_at = current_timestamp, live_key = null "
                    + "where id = ?1 and state = 'queued'", id, message);
        });
        return find(id);
    }

    public Map<String, Object> read(String text) {
        try {
            return text == null || text.isBlank() ? new HashMap<>() : json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A job's JSON cannot be read", e);
        }
    }

    private String write(Map<String, Object> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(every = "${selaras.jobs.poll:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledClaim() {
        claim();
    }

    /** Claims queued (or stale) jobs while this instance has free workers, and runs them. */
    synchronized void claim() {
        while (!stopping && running.size() < config.workers()) {
            Job job = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<String> ids = Panache.getEntityManager().createNativeQuery("select id from job where "
                                + "state = 'queued' or (state = 'running' and owner <> ?1 and heartbeat < current_timestamp "
                                + "- interval '" + config.stale().toSeconds() + "' second) "
                                + "order by created_at fetch first 1 rows only for update skip locked")
                        .setParameter(1, instance).getResultList();
                if (ids.isEmpty()) return null;
                String id = ids.get(0);
                sql("update job set state = 'running', owner = ?2, heartbeat = current_timestamp where id = ?1", id, instance);
                Panache.getEntityManager().clear();
                return Job.<Job>findById(id);
            });
            if (job == null) return;
            running.add(job.id);
            pool.execute(() -> run(job));
        }
    }

    private void run(Job job) {
        JobKind kind = kinds.stream().filter(k -> k.kind().equals(job.kind)).findFirst().orElse(null);
        try {
            if (kind == null) {
                finishRow(job.id, Job.FAILED, "This version of Selaras cannot run jobs of kind " + job.kind + ".", job.progress);
                return;
            }
            SecurityIdentity who = QuarkusTransaction.requiringNew().call(() ->
                    Account.current(job.startedBy, "job").orElse(null));
            LOG.infof("Job %s (%s) runs here%s", job.id, job.kind, job.progress.equals("{}") ? "" : ", resumed");
            kind.run(new JobRun(this, job, read(job.payload), read(job.progress), who));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Job %s (%s) failed", job.id, job.kind);
            finishRow(job.id, Job.FAILED, "Stopped: " + e.getClass().getSimpleName(), job.progress);
        } finally {
            running.remove(job.id);
        }
        if (!stopping) {
            claim();
        }
    }

    JobRun.Next checkpoint(JobRun run) {
        String progress = write(run.progress());
        return QuarkusTransaction.requiringNew().call(() -> {
            int mine = sql("update job set progress = ?2, heartbeat = current_timestamp where id = ?1 and owner = ?3 "
                    + "and state = 'running'", run.id(), progress, instance);
            if (mine == 0) return JobRun.Next.LOST;
            Object cancel = Panache.getEntityManager().createNativeQuery("select cancel_requested from job where id = ?1")
                    .setParameter(1, run.id()).getSingleResult();
            if (Boolean.TRUE.equals(cancel)) return JobRun.Next.CANCEL;
            return stopping ? JobRun.Next.STOP : JobRun.Next.GO;
        });
    }

    void finish(JobRun run, String state, String message) {
        finishRow(run.id(), state, message, write(run.progress()));
    }

    private void finishRow(String id, String state, String message, String progress) {
        QuarkusTransaction.requiringNew().run(() -> sql("update job set state = ?2, message = ?3, progress = ?4, "
                + "finished_at = current_timestamp, live_key = null, owner = null where id = ?1 and owner = ?5",
                id, state, message, progress, instance));
    }

    void handBack(JobRun run) {
        String progress = write(run.progress());
        QuarkusTransaction.requiringNew().run(() -> sql("update job set state = 'queued', owner = null, heartbeat = null, "
                + "progress = ?2 where id = ?1 and owner = ?3 and state = 'running'", run.id(), progress, instance));
        LOG.infof("Job %s handed back to the queue", run.id());
    }

    /** This instance is alive: its running jobs are not taken over. */
    @Scheduled(every = "${selaras.jobs.heartbeat:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        if (running.isEmpty()) return;
        QuarkusTransaction.requiringNew().run(() -> sql("update job set heartbeat = current_timestamp "
                + "where owner = ?1 and state = 'running'", instance));
    }

    /** Ended jobs leave after selaras.jobs.keep. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        QuarkusTransaction.requiringNew().run(() -> sql("delete from job where finished_at < current_timestamp - "
                + "interval '" + config.keep().toSeconds() + "' second"));
    }

    /** SIGTERM: no new claims; each worker ends its batch and hands its job back (or finishes it). */
    void stop(@Observes ShutdownEvent e) {
        stopping = true;
        // no interrupt: it would close H2's file channel under a save in progress; a worker still in a batch after
        // the grace is cut off by the JVM's exit, and its job is taken over once its heartbeat is stale
        pool.shutdown();
        try {
            pool.awaitTermination(config.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    private static int sql(String sql, Object... params) {
        var q = Panache.getEntityManager().createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.executeUpdate();
    }
}
