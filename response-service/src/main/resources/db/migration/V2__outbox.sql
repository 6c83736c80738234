-- The transactional outbox: every event a change publishes is written here in the change's own
-- transaction, and a relay moves it to Kafka. tx is the writing transaction's id: the relay only reads rows
-- of transactions older than every one still running (pg_snapshot_xmin), in (tx, id) order, so a row that
-- commits late is never skipped.
CREATE TABLE outbox (
    id          BIGSERIAL   PRIMARY KEY,
    tx          XID8        NOT NULL DEFAULT pg_current_xact_id(),
    topic       TEXT        NOT NULL,
    event_key   TEXT        NOT NULL,
    headers     JSONB       NOT NULL,
    payload     TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX outbox_order ON outbox (tx, id);
