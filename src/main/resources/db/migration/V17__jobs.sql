-- Long work as rows (org.selaras.jobs): any instance answers for any job and may run it. Workers claim a queued
-- job (or a running one whose heartbeat went stale: its instance died) with select … for update skip locked,
-- which H2 2.x and PostgreSQL both have; cancel is a flag the worker reads at each batch.
create table job (
    id                varchar(36)   primary key,
    kind              varchar(32)   not null,
    document_id       bigint,
    -- queued, running, done, cancelled, failed
    state             varchar(16)   not null,
    -- what to do and how far it got: JSON the job's kind writes and reads (a taken-over job resumes from it)
    payload           varchar(4000) not null,
    progress          varchar(4000) not null,
    message           varchar(4000),
    started_by        varchar(64)   not null,
    -- the instance running it, and when it last said so (the database's clock)
    owner             varchar(64),
    heartbeat         timestamp with time zone,
    cancel_requested  boolean       not null default false,
    created_at        timestamp with time zone not null,
    finished_at       timestamp with time zone,
    -- kind:document while queued or running, null once ended: at most one live job per document and kind
    -- (several NULLs are allowed by a unique constraint on H2 and PostgreSQL alike)
    live_key          varchar(100)  unique
);
create index job_state on job (state);
