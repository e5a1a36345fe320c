-- Hibernate Search 8.2's outbox-polling coordination (the scale-out mode: memory units in a search engine, see
-- memory.server.EngineLookup). Every change to an indexed entity writes an event here in its own transaction;
-- each instance registers in hsearch_agent and exactly one of them indexes a given event. Created in every mode
-- (Hibernate validates the mapping even while Hibernate Search is inactive), empty in the embedded mode.
-- The columns are those Hibernate generates for H2 and PostgreSQL (camelCase names, unquoted); the enums are varchar
-- as Hibernate makes them on PostgreSQL. The payloads are the one type the two differ on (H2 blob, PostgreSQL bytea,
-- and Hibernate validates it): the placeholder ${binary} (application.properties, quarkus.flyway.placeholders).
-- Hibernate's own DDL adds check constraints listing the enum values; they are left out: on H2, Hibernate binds
-- these enums so that H2 cannot evaluate such a check ("Check constraint invalid", seen in the full suite), and
-- the values are Hibernate Search's to keep, not ours. Re-generate and compare when Hibernate Search is upgraded.
create table hsearch_agent (
    id                  uuid          not null primary key,
    type                varchar(255)  not null,
    name                varchar(255)  not null,
    expiration          timestamp(6) with time zone not null,
    state               varchar(255)  not null,
    totalShardCount     integer,
    assignedShardIndex  integer,
    tenantId            varchar(255),
    payload             ${binary}
);

create table hsearch_outbox_event (
    id            uuid          not null primary key,
    entityName    varchar(256)  not null,
    entityId      varchar(256)  not null,
    entityIdHash  integer       not null,
    payload       ${binary}      not null,
    retries       integer       not null,
    processAfter  timestamp(6) with time zone not null,
    status        varchar(255)  not null,
    tenantId      varchar(255)
);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (processAfter);
