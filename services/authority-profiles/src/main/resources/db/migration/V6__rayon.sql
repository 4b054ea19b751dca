-- A hromada's rayon (issue 25: lists narrow below the oblast). The register's rows written before
-- carry it in region_name ("Вінницька область, Вінницький район"); it is taken from there.
ALTER TABLE authority ADD COLUMN rayon varchar(100);
UPDATE authority SET rayon = nullif(trim(split_part(region_name, ',', 2)), '')
 WHERE kind = 'HROMADA' AND region_name LIKE '%,%';
