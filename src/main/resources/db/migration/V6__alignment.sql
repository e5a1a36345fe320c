-- Alignment sessions: the English text of a document split into sentences, aligned to its segments.
-- One session per document; one SQL subset that H2 and PostgreSQL both run.
create table alignment (
    document_id   bigint primary key references document(id) on delete cascade,
    version       integer not null,
    created_by    varchar(64) not null,
    updated_by    varchar(64) not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    committed_by  varchar(64),
    committed_at  timestamp with time zone
);

-- English sentences, 0-based position in the pasted text.
create table alignment_sentence (
    document_id   bigint  not null references alignment(document_id) on delete cascade,
    position      integer not null,
    paragraph     integer not null,
    text          varchar(65535) not null,
    primary key (document_id, position)
);

-- Beads in order: segments [source_start, source_end) (0-based in document order) with
-- sentences [target_start, target_end).
create table alignment_bead (
    document_id   bigint  not null references alignment(document_id) on delete cascade,
    position      integer not null,
    source_start  integer not null,
    source_end    integer not null,
    target_start  integer not null,
    target_end    integer not null,
    confidence    double precision not null,
    confirmed     boolean not null,
    primary key (document_id, position)
);
