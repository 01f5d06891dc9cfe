-- The times of day a client prefers to come (local time at the clinic); slot search, course
-- planning and automatic integration booking keep to them.
ALTER TABLE client
    ADD COLUMN preferred_start time,
    ADD COLUMN preferred_end   time,
    ADD CONSTRAINT client_preferred_times CHECK ((preferred_start IS NULL) = (preferred_end IS NULL)
        AND (preferred_start IS NULL OR preferred_end > preferred_start));
