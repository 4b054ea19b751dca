-- People asking to act for an authority of the register (authority_id), or for one they propose
-- (new_*: registered only once a platform admin approves). Kept after the decision, for the record.
CREATE TABLE claim (
    id               uuid PRIMARY KEY,
    person_id        varchar(100)  NOT NULL,
    person_name      varchar(200)  NOT NULL,
    person_email     varchar(320),
    authority_id     uuid REFERENCES authority (id),
    new_kind         varchar(20),
    new_country      char(2),
    new_name         varchar(300),
    new_code         varchar(40),
    function         varchar(200)  NOT NULL,
    official_email   varchar(320),
    web_page         varchar(500),
    note             varchar(2000),
    state            varchar(20)   NOT NULL,
    role             varchar(20),
    decided_by       varchar(200),
    decided_at       timestamptz,
    reason           varchar(1000),
    created_at       timestamptz   NOT NULL,
    CHECK (authority_id IS NOT NULL OR new_name IS NOT NULL)
);
-- One open claim per person at a time.
CREATE UNIQUE INDEX claim_one_open_per_person ON claim (person_id) WHERE state = 'PENDING';
CREATE INDEX claim_queue ON claim (state, created_at);
CREATE INDEX claim_authority ON claim (authority_id);
