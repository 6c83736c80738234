-- A case follows one conversation; its posts and replies hang off it.
CREATE TABLE cases (
    case_id         UUID PRIMARY KEY,
    conversation_id TEXT        NOT NULL UNIQUE,
    brand           TEXT        NOT NULL,
    platform        TEXT        NOT NULL,
    channel         TEXT        NOT NULL CHECK (channel IN ('public', 'private')),
    status          TEXT        NOT NULL,
    priority        INT         NOT NULL CHECK (priority BETWEEN 0 AND 100),
    sentiment       TEXT,
    assignee        TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX cases_status_priority ON cases (status, priority DESC, updated_at DESC);

-- post_id is <platform>:<external id>: a post delivered twice is stored once.
CREATE TABLE case_posts (
    post_id         TEXT PRIMARY KEY,
    case_id         UUID        NOT NULL REFERENCES cases (case_id),
    external_id     TEXT        NOT NULL,
    author_id       TEXT        NOT NULL,
    author_handle   TEXT,
    text            TEXT        NOT NULL,
    sentiment       TEXT        NOT NULL,
    sentiment_score DOUBLE PRECISION NOT NULL,
    priority        INT         NOT NULL,
    priority_reasons TEXT[]     NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_posts_case ON case_posts (case_id, created_at);

CREATE TABLE replies (
    reply_id    UUID PRIMARY KEY,
    case_id     UUID        NOT NULL REFERENCES cases (case_id),
    agent_id    TEXT        NOT NULL,
    text        TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('held', 'requested', 'rejected')),
    check_id    TEXT,
    reason      TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX replies_case ON replies (case_id, created_at);
CREATE INDEX replies_held ON replies (created_at) WHERE status = 'held';
