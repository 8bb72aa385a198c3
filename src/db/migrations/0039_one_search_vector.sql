-- One search vector per case instead of two. A case kept its public words (searched by its
-- customer) and all its words (searched by staff) in two columns, each with its GIN index: every
-- note rewrote the case row with both, so it went into both GIN indexes again with every word of
-- the case, and into every B-tree index of the table. Now search_all holds every word, with the
-- internal ones (internal notes) at weight C and public ones at the default D; a customer's
-- query asks for weight D only (src/cases/search-text.ts).
-- An existing case whose two vectors differ keeps its public words as they were, followed by all
-- its words at weight C: a customer matches exactly what search_public matched, staff what
-- search_all matched.
UPDATE cases SET search_all = search_public || setweight(search_all, 'C') WHERE search_all <> search_public;
DROP INDEX cases_search_public_idx;
ALTER TABLE cases DROP COLUMN search_public;
