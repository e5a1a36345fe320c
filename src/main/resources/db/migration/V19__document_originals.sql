-- Articles (HTML, DOCX): the original file, kept so that the translated file can be rebuilt, and the tagged
-- form of each segment. One SQL subset that H2 and PostgreSQL both run (bytea is VARBINARY in H2).
create table document_original (
    document_id  bigint primary key references document(id) on delete cascade,
    format       varchar(16)  not null,
    file_name    varchar(255),
    content      bytea        not null
);

-- The segment's text with its inline codes as tags ({1}…{/1}, {2/}); null when it has none. The text column
-- keeps the plain text, which the glossary, QA, memory and MT read.
alter table segment add column tagged varchar(65535);
-- The inline codes behind those tags as JSON: [{"id","kind","type","data"}].
alter table segment add column codes varchar(1000000);

-- What the document was imported from: text, html or docx (the translated file comes back in it).
alter table document add column format varchar(16) default 'text' not null;
