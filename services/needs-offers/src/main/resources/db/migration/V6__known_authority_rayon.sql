-- The posting authority's rayon, for the rayon filter of the lists (from authority events).
ALTER TABLE known_authority ADD COLUMN rayon varchar(100);
CREATE INDEX known_authority_rayon ON known_authority (parent_id, rayon);
