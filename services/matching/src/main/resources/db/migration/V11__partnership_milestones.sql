-- What a partnership reached, with the day and a link to what shows it. A milestone is progress: it
-- keeps a partnership from being flagged dormant, as a progress update does.
CREATE TABLE partnership_milestone (
    id             uuid PRIMARY KEY,
    partnership_id uuid         NOT NULL REFERENCES partnership (id),
    kind           varchar(30)  NOT NULL,
    happened_on    date         NOT NULL,
    link           varchar(500),
    authority_id   uuid,
    recorded_by    varchar(200) NOT NULL,
    recorded_at    timestamptz  NOT NULL
);
CREATE INDEX partnership_milestone_partnership ON partnership_milestone (partnership_id, happened_on);

-- The memoranda recorded as a step before milestones existed.
INSERT INTO partnership_milestone (id, partnership_id, kind, happened_on, recorded_by, recorded_at)
SELECT md5('milestone:mou:' || id::text)::uuid, id, 'MOU_SIGNED', mou_signed_on, 'recorded as a step', established_at
FROM partnership WHERE mou_signed_on IS NOT NULL;

-- The project of Ukraine's DREAM reconstruction registry a partnership serves, as a need may name one,
-- and the funding programmes it draws on (ids of libs/reference-data funding-programmes.csv).
ALTER TABLE partnership
    ADD COLUMN dream_project_id   varchar(64),
    ADD COLUMN funding_programmes varchar[] NOT NULL DEFAULT '{}';
