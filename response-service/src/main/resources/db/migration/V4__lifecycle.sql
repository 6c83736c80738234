-- A closed conversation that speaks again gets a follow-up case: one case per conversation that is not closed.
ALTER TABLE cases DROP CONSTRAINT cases_conversation_id_key;
CREATE UNIQUE INDEX cases_live_conversation ON cases (conversation_id) WHERE status <> 'closed';
CREATE INDEX cases_conversation ON cases (conversation_id, created_at DESC);
ALTER TABLE cases ADD COLUMN follow_up_of UUID REFERENCES cases (case_id);

-- What the platform said about a requested reply.
ALTER TABLE replies DROP CONSTRAINT replies_status_check;
ALTER TABLE replies ADD CONSTRAINT replies_status_check
    CHECK (status IN ('held', 'requested', 'rejected', 'sent', 'failed'));
ALTER TABLE replies ADD COLUMN external_id TEXT;
