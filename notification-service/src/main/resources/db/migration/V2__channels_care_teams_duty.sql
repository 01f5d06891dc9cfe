-- Channels a person wants (in-app is always on for urgent clinical alerts to staff).
ALTER TABLE recipient
    ADD COLUMN email_enabled  boolean NOT NULL DEFAULT true,
    ADD COLUMN sms_enabled    boolean NOT NULL DEFAULT true,
    ADD COLUMN in_app_enabled boolean NOT NULL DEFAULT true;

-- The client's care team as last assigned (projection of CareTeamAssigned).
CREATE TABLE care_team (
    client_id            uuid        PRIMARY KEY,
    therapist_id         uuid,
    prescriber_id        uuid,
    primary_clinician_id uuid,
    nurse_ids            uuid[]      NOT NULL DEFAULT '{}',
    chaplain_id          uuid,
    assigned_at          timestamptz NOT NULL
);

-- Prescribers on duty per location (projection of DutyShiftScheduled); half-open [starts_at, ends_at).
CREATE TABLE duty_shift (
    id            uuid        PRIMARY KEY,
    location_id   varchar(64) NOT NULL,
    prescriber_id uuid        NOT NULL,
    starts_at     timestamptz NOT NULL,
    ends_at       timestamptz NOT NULL,
    CONSTRAINT duty_shift_range CHECK (ends_at > starts_at)
);
CREATE INDEX duty_shift_location_time ON duty_shift (location_id, starts_at, ends_at);

-- Where the client was last booked or checked in: vitals alerts go to the prescriber on duty there.
CREATE TABLE client_location (
    client_id   uuid        PRIMARY KEY,
    location_id varchar(64) NOT NULL,
    updated_at  timestamptz NOT NULL
);
