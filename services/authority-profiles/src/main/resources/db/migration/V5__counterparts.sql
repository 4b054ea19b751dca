-- Pairs of authorities that a proposal or a partnership brings together (from matching's events):
-- each may read the other's contact e-mail addresses. One row per direction and per proposal or
-- partnership (source_id), so that a declined proposal takes away only what it gave.
CREATE TABLE counterpart (
    source_id       uuid NOT NULL,
    authority_id    uuid NOT NULL,
    counterpart_id  uuid NOT NULL,
    PRIMARY KEY (source_id, authority_id, counterpart_id)
);
CREATE INDEX counterpart_of ON counterpart (authority_id, counterpart_id);
