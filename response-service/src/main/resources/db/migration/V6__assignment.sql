-- Agents, the cases' routing hints, internal notes and who is looking at or answering a case.
CREATE TABLE agents (
    agent_id         TEXT PRIMARY KEY,
    name             TEXT        NOT NULL,
    teams            TEXT[]      NOT NULL,
    skills           TEXT[]      NOT NULL DEFAULT '{}',
    max_open         INT         NOT NULL CHECK (max_open > 0),
    available        BOOLEAN     NOT NULL DEFAULT FALSE,
    last_assigned_at TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ NOT NULL
);

ALTER TABLE cases
    ADD COLUMN team   TEXT,
    ADD COLUMN skills TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX cases_live_assignee ON cases (assignee) WHERE status NOT IN ('resolved', 'closed');

CREATE TABLE case_notes (
    note_id    UUID PRIMARY KEY,
    case_id    UUID        NOT NULL REFERENCES cases (case_id),
    author     TEXT        NOT NULL,
    kind       TEXT        NOT NULL CHECK (kind IN ('note', 'handover')),
    text       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id, created_at);

-- Who is viewing or drafting a reply on a case, until expires_at (clients renew it while they do).
CREATE TABLE case_presence (
    case_id    UUID        NOT NULL REFERENCES cases (case_id),
    agent_id   TEXT        NOT NULL,
    activity   TEXT        NOT NULL CHECK (activity IN ('viewing', 'drafting')),
    expires_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, agent_id)
);
