-- Term discovery: candidates a terminologist dismissed, so they do not come back. The id is the candidate's
-- stable id (a digest of its kind and normalised key), so a dismissal holds across documents and days.
create table term_candidate_dismissed (
    id            varchar(32)   primary key,
    kind          varchar(16)   not null,
    term_key      varchar(2000) not null,
    dismissed_by  varchar(64)   not null,
    dismissed_at  timestamp with time zone not null
);
