-- The candidates of an offer leave out the needs declined with it: read by offer, not the whole table.
CREATE INDEX declined_pair_offer ON declined_pair (offer_id);
