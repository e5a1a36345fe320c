-- Hibernate Search 8.2's outbox-polling coordination (the scale-out mode: memory units in a search engine, see
-- memory.server.EngineLookup). Every change to an indexed entity writes an event here in its own transaction;
-- each instance registers in hsearch_agent and exactly one of them indexes a given event. Created in every mode
-- (Hibernate validates the mapping even while Hibernate Search is inactive), empty in the embedded mode.
-- The columns are those Hibernate generates for H2 and PostgreSQL (camelCase names, unquoted); the enums are varchar
-- as Hibernate makes them on PostgreSQL. The payloads are the one type the two differ on (H2 blob, PostgreSQL bytea,
-- and Hibernate validates it): the placeholder ${binary} (application.properties, quarkus.flyway.placeholders).
-- Re-generate and compare when Hibernate Search is upgraded.
create table hsearch_agent (
    id                  uuid          not null primary key,
    type                varchar(255)  not null,
    name                varchar(255)  not null,
    expiration          timestamp(6) with time zone not null,
    state               varchar(255)  not null,
    totalShardCount     integer,
    assignedShardIndex  integer,
    tenantId            varchar(255),
    payload             ${binary},
    constraint hsearch_agent_type check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING')),
    constraint hsearch_agent_state check (state in ('RUNNING','SUSPENDED','WAITING'))
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
    tenantId      varchar(255),
    constraint hsearch_outbox_event_status check (status in ('ABORTED','PENDING'))
);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (processAfter);
