package org.selaras.jobs;

/**
 * One kind of job (a CDI bean): {@link Jobs} hands it each job of its kind that a worker of this instance claimed,
 * new or taken over from an instance that died. {@link #run} works in batches and calls {@link JobRun#checkpoint}
 * after each one; a job taken over starts again from the progress of the last checkpoint, so what a batch did
 * must be recognisable as done (pre-translation: segments that have a translation).
 */
public interface JobKind {

    /** The kind's name in the job table. */
    String kind();

    /** Does the job, ending it with {@link JobRun#finish} or {@link JobRun#handBack}. */
    void run(JobRun run);
}
