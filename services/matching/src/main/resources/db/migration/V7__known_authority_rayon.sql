-- The shared authority read model (libs/messaging) keeps a hromada's rayon too.
ALTER TABLE known_authority ADD COLUMN rayon varchar(100);
