-- Term discovery on import: how many candidates a document brought that the glossary did not have (exactly)
-- and nobody had dismissed, counted once when the documents list first shows the document, so the list stays
-- cheap and the figure means "new when it arrived".
create table term_candidate_count (
    document_id     bigint primary key references document(id) on delete cascade,
    new_candidates  integer not null,
    counted_at      timestamp with time zone not null
);
