-- A proposal with a suspended side is held: nobody is asked to answer it, and its time to answer
-- stands still until the suspension is lifted (then it gets the held time back).
ALTER TABLE match ADD COLUMN held_since timestamptz;
