CREATE TABLE offer (
    id              uuid PRIMARY KEY,
    authority_id    uuid         NOT NULL REFERENCES known_authority (id),
    title_uk        varchar(300),
    title_en        varchar(300),
    description_uk  text,
    description_en  text,
    sectors         varchar[]    NOT NULL DEFAULT '{}',
    subsectors      varchar[]    NOT NULL DEFAULT '{}',
    support_modes   varchar[]    NOT NULL DEFAULT '{}',
    expertise_tags  varchar[]    NOT NULL DEFAULT '{}',
    tags_text       text         NOT NULL DEFAULT '',
    capacity        int          NOT NULL CHECK (capacity > 0),
    -- partnerships the offer is in now; FULL when it reaches the capacity
    partners        int          NOT NULL DEFAULT 0 CHECK (partners >= 0),
    languages       varchar[]    NOT NULL DEFAULT '{}',
    available_from  date,
    available_until date,
    staff_days      int CHECK (staff_days >= 0),
    funding_eur     bigint CHECK (funding_eur >= 0),
    equipment       varchar(2000),
    status          varchar(20)  NOT NULL,
    created_by      varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    published_at    timestamptz,
    version         bigint       NOT NULL,
    search          tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(title_uk, '')), 'A') ||
        to_tsvector('english', coalesce(description_en, '') || ' ' || tags_text) ||
        to_tsvector('simple', coalesce(description_uk, '') || ' ' || tags_text)
    ) STORED
);

CREATE INDEX offer_search ON offer USING gin (search);
CREATE INDEX offer_recent ON offer (created_at DESC, id DESC);
CREATE INDEX offer_sectors ON offer USING gin (sectors);
CREATE INDEX offer_authority ON offer (authority_id);

CREATE TABLE offer_status_change (
    id          uuid PRIMARY KEY,
    offer_id    uuid         NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    changed_by  varchar(200) NOT NULL,
    changed_at  timestamptz  NOT NULL,
    reason      varchar(1000)
);
CREATE INDEX offer_status_change_offer ON offer_status_change (offer_id, changed_at);
