-- How high a case is escalated, and the path it took.
ALTER TABLE cases ADD COLUMN escalation TEXT CHECK (escalation IN ('tier_2', 'supervisor', 'crisis', 'legal'));
CREATE TABLE case_escalations (
    case_id UUID        NOT NULL REFERENCES cases (case_id),
    level   TEXT        NOT NULL,
    reason  TEXT        NOT NULL,
    by_whom TEXT        NOT NULL,
    at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_escalations_case ON case_escalations (case_id, at);
