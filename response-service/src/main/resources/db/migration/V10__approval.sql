-- Replies that wait for a supervisor: new agents', high-risk cases', and everyone's in crisis mode.
ALTER TABLE agents ADD COLUMN replies_need_approval BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE replies DROP CONSTRAINT replies_status_check;
ALTER TABLE replies ADD CONSTRAINT replies_status_check
    CHECK (status IN ('held', 'pending_approval', 'requested', 'rejected', 'sent', 'failed'));
-- Organisation-wide switches every replica reads.
CREATE TABLE response_settings (
    name       TEXT PRIMARY KEY,
    value      TEXT        NOT NULL,
    updated_by TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
