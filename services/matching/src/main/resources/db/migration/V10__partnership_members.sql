-- Many-to-many partnerships. Each party now belongs to a team: RECEIVING (the hromadas or oblasts the
-- work is for) or SUPPORTING (the towns and regions that bring their experience). Each team has one
-- coordinator. A member joins with its own consent and may leave; rows are never deleted, so the
-- party table is the membership's history. An invitation is a row with no consent yet.
ALTER TABLE partnership_party
    ADD COLUMN team         varchar(12),
    ADD COLUMN coordinator  boolean      NOT NULL DEFAULT false,
    ADD COLUMN invited_at   timestamptz,
    ADD COLUMN invited_by   varchar(200),
    ADD COLUMN consented_at timestamptz,
    ADD COLUMN consented_by varchar(200),
    ADD COLUMN left_at      timestamptz,
    ADD COLUMN left_by      varchar(200),
    ADD COLUMN left_reason  text;

UPDATE partnership_party SET team = 'RECEIVING' WHERE side = 'NEED';
UPDATE partnership_party SET team = 'SUPPORTING' WHERE side = 'OFFER';
-- An imported pair is a hromada (found by its KATOTTG code) and its partner abroad.
UPDATE partnership_party x SET team = CASE WHEN k.country = 'UA' THEN 'RECEIVING' ELSE 'SUPPORTING' END
FROM known_authority k WHERE x.side = 'MEMBER' AND k.id = x.authority_id;
UPDATE partnership_party SET team = 'SUPPORTING' WHERE team IS NULL;
UPDATE partnership_party x SET team = 'SUPPORTING'
WHERE x.side = 'MEMBER' AND x.team = 'RECEIVING' AND EXISTS (
    SELECT 1 FROM partnership_party y
    WHERE y.partnership_id = x.partnership_id AND y.team = 'RECEIVING' AND y.id < x.id);

-- The consents the proposal recorded: the need's side and each offer's.
UPDATE partnership_party x SET invited_at = m.proposed_at, consented_at = m.need_accepted_at,
                               consented_by = m.need_accepted_by
FROM partnership p JOIN match m ON m.id = p.match_id
WHERE x.partnership_id = p.id AND x.side = 'NEED';
UPDATE partnership_party x SET invited_at = m.proposed_at, consented_at = o.accepted_at, consented_by = o.accepted_by
FROM partnership p JOIN match m ON m.id = p.match_id JOIN match_offer o ON o.match_id = m.id
WHERE x.partnership_id = p.id AND x.side = 'OFFER' AND o.offer_id = x.item_id;
-- An imported partnership was agreed elsewhere: the list is the record of it.
UPDATE partnership_party x SET invited_at = p.established_at, consented_at = p.established_at,
                               consented_by = p.imported_by
FROM partnership p WHERE x.partnership_id = p.id AND x.consented_at IS NULL;

-- The need's hromada coordinates its team; on the other side, the best-scored offer's authority.
UPDATE partnership_party SET coordinator = true WHERE side IN ('NEED', 'MEMBER');
UPDATE partnership_party x SET coordinator = true
WHERE x.side = 'OFFER' AND x.id = (
    SELECT y.id FROM partnership_party y
    JOIN partnership p ON p.id = y.partnership_id
    LEFT JOIN match_offer o ON o.match_id = p.match_id AND o.offer_id = y.item_id
    WHERE y.partnership_id = x.partnership_id AND y.side = 'OFFER'
    ORDER BY o.score DESC NULLS LAST, y.id LIMIT 1);

ALTER TABLE partnership_party ALTER COLUMN team SET NOT NULL;
ALTER TABLE partnership_party ALTER COLUMN invited_at SET NOT NULL;
-- One coordinator per team among those still in it.
CREATE UNIQUE INDEX partnership_party_coordinator ON partnership_party (partnership_id, team)
    WHERE coordinator AND left_at IS NULL;
-- An authority is in a partnership once at a time (invited or member); its past rows are history.
CREATE UNIQUE INDEX partnership_party_current ON partnership_party (partnership_id, authority_id)
    WHERE left_at IS NULL;
