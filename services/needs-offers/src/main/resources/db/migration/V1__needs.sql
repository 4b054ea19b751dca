-- What this service knows of authorities, from their events: enough to decide who may post.
CREATE TABLE known_authority (
    id           uuid PRIMARY KEY,
    kind         varchar(20)  NOT NULL,
    country      char(2)      NOT NULL,
    name_latin   varchar(300) NOT NULL,
    parent_id    uuid,
    network_ids  uuid[]       NOT NULL DEFAULT '{}',
    verification varchar(20)  NOT NULL,
    -- the authority's own version, so that an older update arriving late changes nothing
    version      bigint       NOT NULL
);

CREATE TABLE need (
    id               uuid PRIMARY KEY,
    authority_id     uuid          NOT NULL REFERENCES known_authority (id),
    title_uk         varchar(300),
    title_en         varchar(300),
    description_uk   text,
    description_en   text,
    sector           varchar(60)   NOT NULL,
    subsectors       varchar[]     NOT NULL DEFAULT '{}',
    support_modes    varchar[]     NOT NULL DEFAULT '{}',
    expertise_tags   varchar[]     NOT NULL DEFAULT '{}',
    tags_text        text          NOT NULL DEFAULT '',
    urgency          varchar(10)   NOT NULL,
    urgency_rank     int           NOT NULL,
    languages        varchar[]     NOT NULL DEFAULT '{}',
    start_by         date,
    end_by           date,
    budget_eur       bigint CHECK (budget_eur >= 0),
    people_served    int CHECK (people_served > 0),
    dream_project_id varchar(64),
    status           varchar(20)   NOT NULL,
    created_by       varchar(200)  NOT NULL,
    created_at       timestamptz   NOT NULL,
    updated_at       timestamptz   NOT NULL,
    published_at     timestamptz,
    version          bigint        NOT NULL,
    -- Ukrainian has no stemmer in PostgreSQL: its words are matched as written ('simple'); English is stemmed.
    search           tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(title_uk, '')), 'A') ||
        to_tsvector('english', coalesce(description_en, '') || ' ' || tags_text) ||
        to_tsvector('simple', coalesce(description_uk, '') || ' ' || tags_text)
    ) STORED
);

CREATE INDEX need_search ON need USING gin (search);
CREATE INDEX need_recent ON need (created_at DESC, id DESC);
CREATE INDEX need_urgent ON need (urgency_rank, created_at DESC, id DESC);
CREATE INDEX need_authority ON need (authority_id);
CREATE INDEX need_status ON need (status);

CREATE TABLE need_status_change (
    id          uuid PRIMARY KEY,
    need_id     uuid         NOT NULL REFERENCES need (id) ON DELETE CASCADE,
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    changed_by  varchar(200) NOT NULL,
    changed_at  timestamptz  NOT NULL,
    reason      varchar(1000)
);
CREATE INDEX need_status_change_need ON need_status_change (need_id, changed_at);
