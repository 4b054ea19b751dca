-- What the test consumer did: one row per applied event, in the order it applied them.
CREATE TABLE applied_update (
    position   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    need_id    UUID   NOT NULL,
    version    BIGINT NOT NULL
);
