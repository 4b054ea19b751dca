-- Requests that created a posting under the caller's Idempotency-Key: a repeat answers the posting
-- the first one created. The id is "<caller>|<key>"; posting_id is set in the creating transaction.
CREATE TABLE posting_request (
    id          varchar(400) PRIMARY KEY,
    kind        varchar(10)  NOT NULL,
    posting_id  uuid,
    created_at  timestamptz  NOT NULL
);
