-- Posts are only ever looked up by post_id and case_id (ordered by created_at); no query filters, joins or
-- sorts on their other columns, so the planner has no use for their statistics. ANALYZE computed them anyway,
-- sorting a sample of every post's text and arrays under the database's collation. While the table grows,
-- autovacuum analyzes it after every 10% of new rows: in a profile of the benchmark, ANALYZE was a sixth of
-- PostgreSQL's CPU (docs/performance.md).
ALTER TABLE case_posts
    ALTER COLUMN external_id SET STATISTICS 0,
    ALTER COLUMN author_id SET STATISTICS 0,
    ALTER COLUMN author_handle SET STATISTICS 0,
    ALTER COLUMN text SET STATISTICS 0,
    ALTER COLUMN sentiment SET STATISTICS 0,
    ALTER COLUMN sentiment_score SET STATISTICS 0,
    ALTER COLUMN priority SET STATISTICS 0,
    ALTER COLUMN priority_reasons SET STATISTICS 0,
    ALTER COLUMN received_at SET STATISTICS 0,
    ALTER COLUMN intent SET STATISTICS 0,
    ALTER COLUMN topics SET STATISTICS 0,
    ALTER COLUMN language SET STATISTICS 0,
    ALTER COLUMN triage_model SET STATISTICS 0,
    ALTER COLUMN feelings SET STATISTICS 0;
