-- Agents' labels on cases, for the inbox's filters.
ALTER TABLE cases ADD COLUMN tags TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX cases_tags ON cases USING GIN (tags);
