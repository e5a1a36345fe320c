-- Grouped translations (memoQ's "joined segments"): a translation may cover a run of consecutive
-- segments of one paragraph. Its row lives on the group's first segment; span counts the segments it
-- covers (1: a single segment). The covered segments have no row of their own while they are joined.
-- One SQL subset that H2 and PostgreSQL both run.
alter table translation add column span integer default 1 not null;
-- What each revision covered: joining and splitting are revisions of the group's first segment.
alter table translation_revision add column span integer default 1 not null;
