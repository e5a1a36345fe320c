package org.selaras.jobs;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.Map;

/**
 * A job as the worker running it sees it: what to do, the progress so far (the last checkpoint's, when the job was
 * taken over), and the calls that write progress and end it. Only the worker that claimed the job writes it.
 */
public final class JobRun {

    /** What {@link #checkpoint} says to do next. */
    public enum Next {
        /** Go on with the next batch. */
        GO,
        /** Someone cancelled the job: end it as cancelled. */
        CANCEL,
        /** This instance is shutting down: {@link #handBack} the job. */
        STOP,
        /** Another instance took the job over (this one was thought dead): stop without writing. */
        LOST
    }

    private final Jobs jobs;
    private final String id;
    private final Long documentId;
    private final String startedBy;
    private final Map<String, Object> payload;
    private final Map<String, Object> progress;
    private final SecurityIdentity identity;

    JobRun(Jobs jobs, Job job, Map<String, Object> payload, Map<String, Object> progress, SecurityIdentity identity) {
        this.jobs = jobs;
        this.id = job.id;
        this.documentId = job.documentId;
        this.startedBy = job.startedBy;
        this.payload = payload;
        this.progress = progress;
        this.identity = identity;
    }

    public String id() {
        return id;
    }

    public Long documentId() {
        return documentId;
    }

    public String startedBy() {
        return startedBy;
    }

    public Map<String, Object> payload() {
        return payload;
    }

    /** The progress, to read and change; {@link #checkpoint} stores it. */
    public Map<String, Object> progress() {
        return progress;
    }

    /** A number of the progress (0 when absent). */
    public int count(String key) {
        Object v = progress.get(key);
        return v instanceof Number n ? n.intValue() : 0;
    }

    public void add(String key, int n) {
        progress.put(key, count(key) + n);
    }

    /** The starter's identity as the account is now (null when the account is gone). */
    public SecurityIdentity identity() {
        return identity;
    }

    /** Stores the progress, says the worker is alive, and says whether to go on. */
    public Next checkpoint() {
        return jobs.checkpoint(this);
    }

    /** Ends the job: done, cancelled or failed, with a message for people. */
    public void finish(String state, String message) {
        jobs.finish(this, state, message);
    }

    /** Gives the job back to the queue with its progress (shutdown): the next worker anywhere resumes it. */
    public void handBack() {
        jobs.handBack(this);
    }
}
