-- When a need was first published (its event's time), for the Alliance's figure of days from a need to its
-- first proposal. Needs heard of before this column existed have none and are left out of that figure.
ALTER TABLE open_need ADD COLUMN published_at timestamptz;
-- The Alliance's figures ask, for each need, whether a partnership holds it.
CREATE INDEX partnership_need ON partnership (need_id);
