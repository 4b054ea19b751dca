-- The language a person is told the decision on their claim in (their Keycloak locale at the time).
ALTER TABLE claim ADD COLUMN person_language varchar(2);
