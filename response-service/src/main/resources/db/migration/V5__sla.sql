-- Each case's SLA clocks (see dev.parley.response.sla): a clock is NULL when it is not running.
ALTER TABLE cases
    ADD COLUMN sla_policy           TEXT,
    ADD COLUMN first_response_warn  TIMESTAMPTZ,
    ADD COLUMN first_response_due   TIMESTAMPTZ,
    ADD COLUMN next_response_warn   TIMESTAMPTZ,
    ADD COLUMN next_response_due    TIMESTAMPTZ,
    ADD COLUMN resolution_warn      TIMESTAMPTZ,
    ADD COLUMN resolution_due       TIMESTAMPTZ,
    ADD COLUMN first_responded_at   TIMESTAMPTZ,
    ADD COLUMN sla_announced        TEXT[] NOT NULL DEFAULT '{}';
-- The SLA watch looks for the next warning of live cases (LEAST ignores stopped clocks).
CREATE INDEX cases_sla_next_warning ON cases (LEAST(first_response_warn, next_response_warn, resolution_warn))
    WHERE status NOT IN ('resolved', 'closed');
