-- The feelings triage found in each post, so a reply's brand check knows whether the customer is upset.
ALTER TABLE case_posts ADD COLUMN feelings TEXT[] NOT NULL DEFAULT '{}';
