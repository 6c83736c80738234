-- What triage found in each post beyond sentiment, and the agents' corrections of it.
ALTER TABLE case_posts
    ADD COLUMN intent       TEXT,
    ADD COLUMN topics       TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN language     TEXT,
    ADD COLUMN triage_model TEXT;

-- The latest correction per post and field, as on parley.triage.feedback.
CREATE TABLE triage_corrections (
    post_id      TEXT        NOT NULL REFERENCES case_posts (post_id),
    field        TEXT        NOT NULL CHECK (field IN ('sentiment', 'intent', 'topic')),
    agent_value  TEXT        NOT NULL,
    agent_id     TEXT        NOT NULL,
    corrected_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (post_id, field)
);
