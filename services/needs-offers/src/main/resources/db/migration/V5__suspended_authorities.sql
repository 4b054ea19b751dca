-- The postings of a suspended authority leave the public lists and search until it is reinstated;
-- nothing is deleted. The flag follows the authority's events (events/AuthorityEventsConsumer) so
-- that a search needs no join for it.
ALTER TABLE need ADD COLUMN authority_suspended boolean NOT NULL DEFAULT false;
ALTER TABLE offer ADD COLUMN authority_suspended boolean NOT NULL DEFAULT false;

UPDATE need SET authority_suspended = true
 WHERE authority_id IN (SELECT id FROM known_authority WHERE verification = 'SUSPENDED');
UPDATE offer SET authority_suspended = true
 WHERE authority_id IN (SELECT id FROM known_authority WHERE verification = 'SUSPENDED');
