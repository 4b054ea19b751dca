-- The funding programmes a hromada means to apply to for a need: ids of the reference list
-- (libs/reference-data funding-programmes.csv), as partnerships' plans name them.
ALTER TABLE need ADD COLUMN funding_programmes varchar[] NOT NULL DEFAULT '{}';
