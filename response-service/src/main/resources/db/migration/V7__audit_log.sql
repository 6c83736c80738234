-- Who did what to which case, through the API. Rows are only ever added.
CREATE TABLE audit_log (
    entry_id BIGSERIAL   PRIMARY KEY,
    at       TIMESTAMPTZ NOT NULL,
    actor    TEXT        NOT NULL,
    action   TEXT        NOT NULL,
    case_id  UUID,
    status   INT         NOT NULL
);
CREATE INDEX audit_log_case ON audit_log (case_id, at DESC);
