-- Tables of libs/messaging, in every service that publishes or consumes events.
-- A repeatable migration (re-applied when this file changes) so that it never competes with a
-- service's own version numbers: every statement here must stay idempotent.

-- The transactional outbox: written in the same transaction as the state change it announces,
-- published by OutboxRelay, kept for a while after sending for diagnosis, then purged.
CREATE TABLE IF NOT EXISTS outbox_event (
    seq             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        UUID         NOT NULL UNIQUE,
    topic           VARCHAR(200) NOT NULL,
    aggregate_id    VARCHAR(200) NOT NULL,
    event_type      VARCHAR(200) NOT NULL,
    source          VARCHAR(200) NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    payload         TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_error      TEXT,
    sent_at         TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS outbox_event_unsent ON outbox_event (seq) WHERE sent_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_event_unsent_by_aggregate ON outbox_event (aggregate_id, seq) WHERE sent_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

-- Event ids each consumer has already applied: the idempotent-consumer guard.
CREATE TABLE IF NOT EXISTS processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX IF NOT EXISTS processed_event_age ON processed_event (processed_at);
