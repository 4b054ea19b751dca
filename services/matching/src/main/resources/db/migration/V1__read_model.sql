-- What matching knows of authorities, needs and offers, from their events: what scoring needs.
CREATE TABLE known_authority (
    id              uuid PRIMARY KEY,
    kind            varchar(20)  NOT NULL,
    country         char(2)      NOT NULL,
    official_code   varchar(40),
    name_latin      varchar(300) NOT NULL,
    parent_id       uuid,
    settlement_type varchar(20),
    population      bigint,
    network_ids     uuid[]       NOT NULL DEFAULT '{}',
    verification    varchar(20)  NOT NULL,
    -- the authority's own version, so that an older update arriving late changes nothing
    version         bigint       NOT NULL
);

-- A need or an offer while it is open for matching; closed ones are kept (open = false) so that a
-- late event about them finds them.
CREATE TABLE open_need (
    id            uuid PRIMARY KEY,
    authority_id  uuid         NOT NULL,
    sector        varchar(60)  NOT NULL,
    subsectors    varchar[]    NOT NULL DEFAULT '{}',
    support_modes varchar[]    NOT NULL DEFAULT '{}',
    tags          varchar[]    NOT NULL DEFAULT '{}',
    text          text         NOT NULL DEFAULT '',
    languages     varchar[]    NOT NULL DEFAULT '{}',
    urgency       varchar(10)  NOT NULL,
    open          boolean      NOT NULL,
    -- the need's own version, so that an older update arriving late changes nothing
    version       bigint       NOT NULL
);
CREATE INDEX open_need_open ON open_need (open);

CREATE TABLE open_offer (
    id            uuid PRIMARY KEY,
    authority_id  uuid         NOT NULL,
    sectors       varchar[]    NOT NULL DEFAULT '{}',
    subsectors    varchar[]    NOT NULL DEFAULT '{}',
    support_modes varchar[]    NOT NULL DEFAULT '{}',
    tags          varchar[]    NOT NULL DEFAULT '{}',
    text          text         NOT NULL DEFAULT '',
    languages     varchar[]    NOT NULL DEFAULT '{}',
    capacity      int          NOT NULL,
    -- partnerships the offer is in, kept here from this service's own partnerships
    partners      int          NOT NULL DEFAULT 0,
    open          boolean      NOT NULL,
    version       bigint       NOT NULL
);
CREATE INDEX open_offer_open ON open_offer (open);
