CREATE TABLE match (
    id                uuid PRIMARY KEY,
    need_id           uuid          NOT NULL,
    need_authority_id uuid          NOT NULL,
    need_accepted_at  timestamptz,
    need_accepted_by  varchar(200),
    score             int           NOT NULL,
    cluster           boolean       NOT NULL,
    status            varchar(20)   NOT NULL,
    proposed_at       timestamptz   NOT NULL,
    expires_at        timestamptz   NOT NULL,
    decided_at        timestamptz,
    decline_reason    text,
    declined_by       uuid,
    partnership_id    uuid,
    version           bigint        NOT NULL
);
CREATE INDEX match_need ON match (need_id);
CREATE INDEX match_need_authority ON match (need_authority_id, proposed_at DESC);
CREATE INDEX match_open ON match (status, expires_at);

CREATE TABLE match_offer (
    id                 uuid PRIMARY KEY,
    match_id           uuid         NOT NULL REFERENCES match (id),
    offer_id           uuid         NOT NULL,
    offer_authority_id uuid         NOT NULL,
    score              int          NOT NULL,
    -- the explanation of this offer's score, as JSON: criterion, points, max, reason
    explanation        text         NOT NULL,
    accepted_at        timestamptz,
    accepted_by        varchar(200),
    UNIQUE (match_id, offer_id)
);
CREATE INDEX match_offer_offer ON match_offer (offer_id);
CREATE INDEX match_offer_authority ON match_offer (offer_authority_id);

-- A declined pair is never proposed again.
CREATE TABLE declined_pair (
    need_id    uuid        NOT NULL,
    offer_id   uuid        NOT NULL,
    declined_at timestamptz NOT NULL,
    PRIMARY KEY (need_id, offer_id)
);
