CREATE TABLE partnership (
    id                    uuid PRIMARY KEY,
    match_id              uuid         NOT NULL UNIQUE REFERENCES match (id),
    need_id               uuid         NOT NULL,
    status                varchar(30)  NOT NULL,
    goals                 text,
    themes                varchar[]    NOT NULL DEFAULT '{}',
    start_date            date,
    end_date              date,
    established_at        timestamptz  NOT NULL,
    mou_signed_on         date,
    agreement_approved_on date,
    active_since          date,
    ended_on              date,
    end_reason            text,
    last_progress_at      timestamptz  NOT NULL,
    -- when the dormancy reminder went out, so that it goes out once per silence
    dormant_since         timestamptz,
    version               bigint       NOT NULL
);
CREATE INDEX partnership_established ON partnership (established_at DESC, id);

CREATE TABLE partnership_party (
    id             uuid PRIMARY KEY,
    partnership_id uuid        NOT NULL REFERENCES partnership (id),
    side           varchar(10) NOT NULL,
    authority_id   uuid        NOT NULL,
    item_id        uuid        NOT NULL
);
CREATE INDEX partnership_party_authority ON partnership_party (authority_id);

CREATE TABLE progress_update (
    id             uuid PRIMARY KEY,
    partnership_id uuid         NOT NULL REFERENCES partnership (id),
    authority_id   uuid         NOT NULL,
    posted_by      varchar(200) NOT NULL,
    posted_at      timestamptz  NOT NULL,
    text           text         NOT NULL
);
CREATE INDEX progress_update_partnership ON progress_update (partnership_id, posted_at);
