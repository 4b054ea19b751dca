-- Partnerships made elsewhere, brought in from a list (a network's, the Alliance's): one register with
-- those the platform made. They come from no proposal and join no need or offer, so those columns may be
-- empty; their origin says where they were read, under which licence, and when.
ALTER TABLE partnership ALTER COLUMN match_id DROP NOT NULL;
ALTER TABLE partnership ALTER COLUMN need_id DROP NOT NULL;
ALTER TABLE partnership
    ADD COLUMN origin_source    varchar(300),
    ADD COLUMN origin_licence   varchar(100),
    ADD COLUMN origin_retrieved date,
    ADD COLUMN origin_reference varchar(100),
    ADD COLUMN imported_by      varchar(200);
ALTER TABLE partnership_party ALTER COLUMN item_id DROP NOT NULL;
