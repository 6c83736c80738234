-- Brand voice keeps its tables in its own schema (set by spring.flyway.default-schema), beside the response
-- service's in the same database.

-- Every saved version of every brand's profile; never updated or deleted, so it is also the audit trail.
CREATE TABLE profile_versions (
    brand      TEXT        NOT NULL,
    version    INT         NOT NULL CHECK (version > 0),
    profile    JSONB       NOT NULL,
    changed_by TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    note       TEXT,
    PRIMARY KEY (brand, version)
);

-- Every check made, for the brand-consistency KPI (first attempts that passed, by team and agent).
CREATE TABLE checks (
    check_id          UUID PRIMARY KEY,
    brand             TEXT        NOT NULL,
    guideline_version TEXT        NOT NULL,
    verdict           TEXT        NOT NULL CHECK (verdict IN ('pass', 'warn', 'block')),
    score             INT         NOT NULL,
    rules             TEXT[]      NOT NULL,
    case_id           TEXT,
    reply_id          TEXT,
    agent_id          TEXT,
    team              TEXT,
    first_attempt     BOOLEAN,
    checked_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX checks_case ON checks (case_id, checked_at DESC);
CREATE INDEX checks_brand_time ON checks (brand, checked_at);

-- Replies that went out (from parley.replies.outbound) with the phrases and voice attributes they used, and what
-- followed: the customer's next post (parley.posts.triaged) and the case's CSAT and resolution (parley.cases).
CREATE TABLE sent_replies (
    reply_id        TEXT PRIMARY KEY,
    case_id         TEXT        NOT NULL,
    conversation_id TEXT        NOT NULL,
    brand           TEXT        NOT NULL,
    agent_id        TEXT        NOT NULL,
    phrases         TEXT[]      NOT NULL,
    attributes      TEXT[]      NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    reaction        TEXT CHECK (reaction IN ('negative', 'neutral', 'positive'))
);
CREATE INDEX sent_replies_conversation ON sent_replies (conversation_id, requested_at DESC);
CREATE INDEX sent_replies_brand_time ON sent_replies (brand, requested_at);

CREATE TABLE case_outcomes (
    case_id  TEXT PRIMARY KEY,
    csat     INT CHECK (csat BETWEEN 1 AND 5),
    resolved BOOLEAN NOT NULL DEFAULT FALSE,
    reopened BOOLEAN NOT NULL DEFAULT FALSE
);
