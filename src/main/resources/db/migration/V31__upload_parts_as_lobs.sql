-- A part of a large upload is up to 16 MB. H2 kept bytea (varbinary) inline in its pages, and writing a page of
-- a dozen parts asked for one buffer of about 190 MB: a 1 GB heap ran out during a 226 MB import (memimport bench,
-- 1,000,000 units). As a blob, H2 keeps each part in its LOB store, in small blocks; PostgreSQL keeps bytea.
alter table memory_upload_part alter column content set data type ${binary};
