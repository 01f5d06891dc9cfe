-- One-off changes to a provider's weekly hours: time off (anywhere) or extra hours at a site.
CREATE TABLE schedule_exception (
    id          uuid        PRIMARY KEY,
    provider_id uuid        NOT NULL REFERENCES provider (id),
    location_id uuid        REFERENCES location (id),
    kind        varchar(12) NOT NULL CHECK (kind IN ('TIME_OFF', 'EXTRA_HOURS')),
    during      tstzrange   NOT NULL,
    note        varchar(200),
    CHECK (kind = 'TIME_OFF' OR location_id IS NOT NULL)
);
CREATE INDEX schedule_exception_provider ON schedule_exception USING gist (provider_id, during);
