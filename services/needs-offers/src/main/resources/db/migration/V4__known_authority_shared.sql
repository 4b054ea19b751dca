-- The authority read model is one for every service (libs/messaging KnownAuthority): the columns
-- matching keeps too. Filled by the next event of each authority; null until then.
ALTER TABLE known_authority
    ADD COLUMN official_code   varchar(40),
    ADD COLUMN settlement_type varchar(20),
    ADD COLUMN population      bigint;
