-- Titles and descriptions in any of the page languages (uk, en, de, pl), with the one the author
-- wrote marked as the original. Postings written before knew Ukrainian and English only; their
-- original is the Ukrainian text where there is one, as the forms put it first.
ALTER TABLE need
    ADD COLUMN title_de             varchar(300),
    ADD COLUMN title_pl             varchar(300),
    ADD COLUMN title_original       varchar(2),
    ADD COLUMN description_de       text,
    ADD COLUMN description_pl       text,
    ADD COLUMN description_original varchar(2);
ALTER TABLE offer
    ADD COLUMN title_de             varchar(300),
    ADD COLUMN title_pl             varchar(300),
    ADD COLUMN title_original       varchar(2),
    ADD COLUMN description_de       text,
    ADD COLUMN description_pl       text,
    ADD COLUMN description_original varchar(2);

UPDATE need SET title_original = CASE WHEN title_uk IS NOT NULL THEN 'uk' ELSE 'en' END,
                description_original = CASE WHEN description_uk IS NOT NULL THEN 'uk'
                                            WHEN description_en IS NOT NULL THEN 'en' END;
UPDATE offer SET title_original = CASE WHEN title_uk IS NOT NULL THEN 'uk' ELSE 'en' END,
                 description_original = CASE WHEN description_uk IS NOT NULL THEN 'uk'
                                             WHEN description_en IS NOT NULL THEN 'en' END;
ALTER TABLE need ALTER COLUMN title_original SET NOT NULL;
ALTER TABLE offer ALTER COLUMN title_original SET NOT NULL;

-- German is stemmed like English; Ukrainian and Polish have no stemmer in PostgreSQL and are matched
-- as written ('simple').
ALTER TABLE need DROP COLUMN search;
ALTER TABLE need ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
    setweight(to_tsvector('german', coalesce(title_de, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(title_uk, '') || ' ' || coalesce(title_pl, '')), 'A') ||
    to_tsvector('english', coalesce(description_en, '') || ' ' || tags_text) ||
    to_tsvector('german', coalesce(description_de, '')) ||
    to_tsvector('simple', coalesce(description_uk, '') || ' ' || coalesce(description_pl, '') || ' ' || tags_text)
) STORED;
CREATE INDEX need_search ON need USING gin (search);

ALTER TABLE offer DROP COLUMN search;
ALTER TABLE offer ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
    setweight(to_tsvector('german', coalesce(title_de, '')), 'A') ||
    setweight(to_tsvector('simple', coalesce(title_uk, '') || ' ' || coalesce(title_pl, '')), 'A') ||
    to_tsvector('english', coalesce(description_en, '') || ' ' || tags_text) ||
    to_tsvector('german', coalesce(description_de, '')) ||
    to_tsvector('simple', coalesce(description_uk, '') || ' ' || coalesce(description_pl, '') || ' ' || tags_text)
) STORED;
CREATE INDEX offer_search ON offer USING gin (search);
