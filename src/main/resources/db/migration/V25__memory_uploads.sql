-- Large TMX files for the memory (up to selaras.import.memory-max-size, 1 GB), sent in parts and imported by a job.
-- The file lives in the database, not on one instance's disk: whichever instance runs (or takes over) the job
-- reads it from here. Parts are deleted when the job ends; the upload row keeps the job's id for the report.
create table memory_upload (
    id          varchar(36)  primary key,
    file_name   varchar(255),
    created_by  varchar(64)  not null,
    created_at  timestamp    not null,
    size        bigint       default 0 not null,
    parts       integer      default 0 not null,
    job_id      varchar(36)
);

create table memory_upload_part (
    upload_id  varchar(36) not null references memory_upload(id) on delete cascade,
    seq        integer     not null,
    content    bytea       not null,
    primary key (upload_id, seq)
);
