-- Public cases whose customer was invited to a private channel, and the private case that continues each.
CREATE TABLE private_moves (
    public_case  UUID PRIMARY KEY REFERENCES cases (case_id),
    brand        TEXT        NOT NULL,
    platform     TEXT        NOT NULL,
    author_id    TEXT        NOT NULL,
    invited_at   TIMESTAMPTZ NOT NULL,
    private_case UUID REFERENCES cases (case_id),
    continued_at TIMESTAMPTZ
);
CREATE INDEX private_moves_waiting ON private_moves (brand, platform, author_id) WHERE private_case IS NULL;
