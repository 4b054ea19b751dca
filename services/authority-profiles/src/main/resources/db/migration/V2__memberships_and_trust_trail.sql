-- Memberships in partner networks and the requests for them. authority.network_ids stays the
-- list of ACCEPTED ones (what the events carry and the rules read); this table adds who asked and
-- when, and holds the requests the other side has not answered.
CREATE TABLE membership (
    authority_id uuid         NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
    network_id   uuid         NOT NULL REFERENCES authority (id) ON DELETE CASCADE,
    state        varchar(20)  NOT NULL CHECK (state IN ('INVITED', 'REQUESTED', 'ACCEPTED')),
    asked_by     varchar(200) NOT NULL,
    asked_at     timestamptz  NOT NULL,
    decided_at   timestamptz,
    PRIMARY KEY (authority_id, network_id)
);
CREATE INDEX membership_network ON membership (network_id);

-- The memberships of the first release are kept as accepted ones.
INSERT INTO membership (authority_id, network_id, state, asked_by, asked_at, decided_at)
SELECT a.id, n.network_id, 'ACCEPTED', 'first release', a.created_at, now()
  FROM authority a, unnest(a.network_ids) AS n(network_id)
 WHERE EXISTS (SELECT 1 FROM authority x WHERE x.id = n.network_id);

-- The trust trail: written once, never changed or removed, also by hand.
CREATE TABLE trust_record (
    id           uuid PRIMARY KEY,
    authority_id uuid         NOT NULL,
    action       varchar(40)  NOT NULL,
    actor        varchar(200) NOT NULL,
    counterpart  uuid,
    reason       varchar(2000),
    at           timestamptz  NOT NULL
);
CREATE INDEX trust_record_authority ON trust_record (authority_id, at DESC, id);

CREATE FUNCTION trust_record_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the trust trail is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trust_record_append_only BEFORE UPDATE OR DELETE ON trust_record
    FOR EACH ROW EXECUTE FUNCTION trust_record_is_append_only();
