-- The inbox's "a status's cases with a tag" (./parley bench inbox, docs/performance.md). With a GIN index on
-- tags alone PostgreSQL intersected it with a status index, read every case carrying the tag and sorted them;
-- the tags in cases_status_priority let it count by testing every case of the status. One GIN index over status
-- and tags together finds exactly the matching cases, for counting and for the planner's choice of walking
-- cases_status_priority in priority order for a page. It still answers a tag alone (a GIN index serves any
-- subset of its columns). btree_gin is a trusted contrib extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX cases_status_tags ON cases USING GIN (status, tags);
DROP INDEX cases_tags;
DROP INDEX cases_status_priority;
CREATE INDEX cases_status_priority ON cases (status, priority DESC, updated_at DESC);
