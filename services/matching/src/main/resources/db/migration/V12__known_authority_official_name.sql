-- The shared authority read model (libs/messaging) keeps the official name too: partnership pages
-- name a hromada to a Ukrainian reader as it names itself. Filled from the next event of each authority.
ALTER TABLE known_authority ADD COLUMN name_official varchar(300);
