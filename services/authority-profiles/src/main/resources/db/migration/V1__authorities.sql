CREATE TABLE authority (
    id                   uuid PRIMARY KEY,
    kind                 varchar(20)  NOT NULL,
    country              char(2)      NOT NULL,
    official_code        varchar(40),
    name_official        varchar(300) NOT NULL,
    name_latin           varchar(300) NOT NULL,
    name_english         varchar(300),
    alternative_names    varchar[]       NOT NULL DEFAULT '{}',
    -- every name folded to one Latin skeleton, so that one LIKE finds a name in any script
    search_text          text         NOT NULL,
    sort_key             varchar(300) NOT NULL,
    parent_id            uuid REFERENCES authority (id),
    region_name          varchar(300),
    settlement_type      varchar(20),
    population           bigint CHECK (population >= 0),
    latitude             double precision,
    longitude            double precision,
    languages            varchar[]       NOT NULL DEFAULT '{}',
    sectors_of_interest  varchar[]       NOT NULL DEFAULT '{}',
    sectors_of_expertise varchar[]       NOT NULL DEFAULT '{}',
    network_ids          uuid[]       NOT NULL DEFAULT '{}',
    website              varchar(500),
    verification         varchar(20)  NOT NULL,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    version              bigint       NOT NULL
);

CREATE UNIQUE INDEX authority_official_code ON authority (official_code) WHERE official_code IS NOT NULL;
CREATE INDEX authority_listing ON authority (sort_key, id);
CREATE INDEX authority_country_kind ON authority (country, kind);
CREATE INDEX authority_parent ON authority (parent_id);
CREATE INDEX authority_sectors ON authority USING gin (sectors_of_expertise);
CREATE INDEX authority_networks ON authority USING gin (network_ids);

CREATE TABLE authority_contact (
    id           uuid PRIMARY KEY,
    authority_id uuid         NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
    name         varchar(200) NOT NULL,
    role         varchar(200),
    email        varchar(320) NOT NULL,
    languages    varchar[]       NOT NULL DEFAULT '{}',
    position     int          NOT NULL
);
CREATE INDEX authority_contact_authority ON authority_contact (authority_id);

CREATE TABLE authority_verification_change (
    id           uuid PRIMARY KEY,
    authority_id uuid        NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
    status       varchar(20) NOT NULL,
    changed_by   varchar(200) NOT NULL,
    changed_at   timestamptz NOT NULL,
    reason       varchar(1000)
);
CREATE INDEX authority_verification_change_authority ON authority_verification_change (authority_id, changed_at);
