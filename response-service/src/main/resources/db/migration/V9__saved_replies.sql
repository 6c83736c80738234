-- Saved replies: a body with {{variables}}, optional per-platform wording, tags, and the intents and topics
-- they answer (for suggestions). Searched by words in title and body.
CREATE TABLE saved_replies (
    saved_reply_id UUID PRIMARY KEY,
    title          TEXT        NOT NULL,
    body           TEXT        NOT NULL,
    variants       JSONB       NOT NULL DEFAULT '{}',
    tags           TEXT[]      NOT NULL DEFAULT '{}',
    intents        TEXT[]      NOT NULL DEFAULT '{}',
    topics         TEXT[]      NOT NULL DEFAULT '{}',
    updated_by     TEXT        NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX saved_replies_words ON saved_replies USING GIN (to_tsvector('simple', title || ' ' || body));
CREATE INDEX saved_replies_tags ON saved_replies USING GIN (tags);
