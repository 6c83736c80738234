-- The inbox's common queries on a large case table (./parley bench inbox, docs/performance.md): a team's queue,
-- an agent's cases, the live cases past or near their SLA and a status's cases with a tag, each in priority
-- order and counted, without reading the whole table. The included columns let the count (and the filter
-- before the first page is found) be answered from the index alone.
CREATE INDEX cases_team_queue ON cases (team, status, priority DESC, updated_at DESC);
CREATE INDEX cases_assignee_priority ON cases (assignee, priority DESC, updated_at DESC);
CREATE INDEX cases_live_priority ON cases (priority DESC, updated_at DESC)
    INCLUDE (first_response_due, next_response_due, resolution_due,
             first_response_warn, next_response_warn, resolution_warn)
    WHERE status NOT IN ('resolved', 'closed');
DROP INDEX cases_status_priority;
CREATE INDEX cases_status_priority ON cases (status, priority DESC, updated_at DESC) INCLUDE (tags);
