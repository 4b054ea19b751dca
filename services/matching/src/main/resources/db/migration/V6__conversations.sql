-- Conversations between two authorities (issue 25). The messages live only here: the events about
-- them carry ids, never the text, because only the two authorities may read a thread.
CREATE TABLE conversation (
    id                  uuid PRIMARY KEY,
    subject_kind        varchar(10)  NOT NULL,
    subject_id          uuid         NOT NULL,
    opener_authority_id uuid         NOT NULL,
    other_authority_id  uuid         NOT NULL,
    opened_by           varchar(200) NOT NULL,
    opened_at           timestamptz  NOT NULL,
    last_message_at     timestamptz  NOT NULL,
    -- what each side has not read yet: the other side's messages since it last read the thread
    opener_unread       integer      NOT NULL DEFAULT 0,
    other_unread        integer      NOT NULL DEFAULT 0,
    status              varchar(10)  NOT NULL,
    closed_at           timestamptz,
    closed_by           varchar(200),
    close_reason        text,
    reported_at         timestamptz,
    match_id            uuid REFERENCES match (id),
    version             bigint       NOT NULL
);
-- Interest expressed twice in one subject finds the open conversation instead of opening another.
CREATE UNIQUE INDEX conversation_open_once ON conversation (subject_kind, subject_id, opener_authority_id, other_authority_id)
    WHERE status = 'OPEN';
CREATE INDEX conversation_opener ON conversation (opener_authority_id, last_message_at DESC, id);
CREATE INDEX conversation_other ON conversation (other_authority_id, last_message_at DESC, id);
CREATE INDEX conversation_recent ON conversation (last_message_at DESC, id);

CREATE TABLE conversation_message (
    id              uuid PRIMARY KEY,
    conversation_id uuid         NOT NULL REFERENCES conversation (id),
    authority_id    uuid         NOT NULL,
    author_id       varchar(200) NOT NULL,
    author_name     varchar(200) NOT NULL,
    text            text         NOT NULL,
    language        varchar(3)   NOT NULL,
    sent_at         timestamptz  NOT NULL
);
CREATE INDEX conversation_message_thread ON conversation_message (conversation_id, sent_at, id);
-- the rate limits count a person's and an authority's recent messages
CREATE INDEX conversation_message_author ON conversation_message (author_id, sent_at);
CREATE INDEX conversation_message_authority ON conversation_message (authority_id, sent_at);

CREATE TABLE conversation_report (
    id              uuid PRIMARY KEY,
    conversation_id uuid         NOT NULL REFERENCES conversation (id),
    authority_id    uuid         NOT NULL,
    reported_by     varchar(200) NOT NULL,
    reason          text         NOT NULL,
    reported_at     timestamptz  NOT NULL
);
CREATE INDEX conversation_report_conversation ON conversation_report (conversation_id);

-- A platform admin who reads a thread between two authorities leaves a trace they both see.
CREATE TABLE conversation_admin_read (
    id              uuid PRIMARY KEY,
    conversation_id uuid         NOT NULL REFERENCES conversation (id),
    admin           varchar(200) NOT NULL,
    read_at         timestamptz  NOT NULL
);
CREATE INDEX conversation_admin_read_conversation ON conversation_admin_read (conversation_id, read_at);
