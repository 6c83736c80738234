-- Satisfaction surveys sent when a case is resolved, and the customers' answers.
CREATE TABLE csat_surveys (
    case_id        UUID PRIMARY KEY REFERENCES cases (case_id),
    reply_id       UUID        NOT NULL,
    sent_at        TIMESTAMPTZ NOT NULL,
    score          INT CHECK (score BETWEEN 1 AND 5),
    nps            INT CHECK (nps BETWEEN 0 AND 10),
    answer_post_id TEXT,
    answered_at    TIMESTAMPTZ
);
