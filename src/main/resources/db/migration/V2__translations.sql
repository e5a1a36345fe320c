-- The current English translation of a segment (at most one), and every accepted save of it.
create table translation (
    segment_id   bigint primary key references segment(id) on delete cascade,
    text         varchar(65535) not null,
    status       varchar(16)  not null,
    origin       varchar(64)  not null,
    author       varchar(64)  not null,
    comment      varchar(2000),
    version      integer not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);

create sequence revision_seq start with 1 increment by 50;

create table translation_revision (
    id           bigint primary key,
    segment_id   bigint not null references segment(id) on delete cascade,
    version      integer not null,
    text         varchar(65535) not null,
    status       varchar(16)  not null,
    origin       varchar(64)  not null,
    author       varchar(64)  not null,
    comment      varchar(2000),
    created_at   timestamp with time zone not null,
    constraint revision_version_unique unique (segment_id, version)
);
