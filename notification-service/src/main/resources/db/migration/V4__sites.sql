-- The clinic's sites as scheduling announced them (LocationAdded): messages about an appointment
-- name the site it is at and the site's phone. No person data.
create table site (
    location_id uuid primary key,
    name        text        not null,
    time_zone   text        not null,
    phone       text,
    updated_at  timestamptz not null
);
