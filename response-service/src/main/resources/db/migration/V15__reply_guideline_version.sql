-- Which version of the brand's guidelines checked each reply (e.g. acme-air@3), beside the check's id.
ALTER TABLE replies ADD COLUMN guideline_version TEXT;
