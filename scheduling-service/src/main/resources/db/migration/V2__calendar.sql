-- The calendar: locations, rooms, appointment types as data, appointments and what they book.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A clinic site. Working hours and appointments are in its time zone.
CREATE TABLE location (
    id        uuid         PRIMARY KEY,
    name      varchar(120) NOT NULL,
    time_zone varchar(64)  NOT NULL,
    phone     varchar(32)
);

-- Treatment rooms and chairs, with the equipment dosing needs.
CREATE TABLE room (
    id          uuid         PRIMARY KEY,
    location_id uuid         NOT NULL REFERENCES location (id),
    name        varchar(120) NOT NULL,
    equipment   text[]       NOT NULL DEFAULT '{}',
    active      boolean      NOT NULL DEFAULT true,
    UNIQUE (location_id, name)
);

-- What can be booked, edited by admins: who is booked together and for how long.
CREATE TABLE appointment_type (
    code                varchar(40)  PRIMARY KEY,
    name                varchar(120) NOT NULL,
    minutes             integer      NOT NULL CHECK (minutes BETWEEN 5 AND 720),
    provider_roles      text[]       NOT NULL,
    room_equipment      text[],
    dosing              boolean      NOT NULL DEFAULT false,
    integration         boolean      NOT NULL DEFAULT false,
    client_self_booking boolean      NOT NULL DEFAULT false,
    version             bigint       NOT NULL DEFAULT 0
);

-- Defaults from the protocol (domain.md §3); admins change them as data.
INSERT INTO appointment_type (code, name, minutes, provider_roles, room_equipment, dosing, integration, client_self_booking) VALUES
 ('evaluation',          'Evaluation with a prescriber',          60,  '{prescriber}',        NULL,                                    false, false, false),
 ('preparation',         'Preparation with the therapist',        60,  '{therapist}',         NULL,                                    false, false, true),
 ('dosing-sublingual',   'Dosing session, sublingual',            120, '{therapist}',         '{recliner,vitals-monitor,music-system}', true,  false, false),
 ('dosing-intranasal',   'Dosing session, intranasal',            120, '{therapist}',         '{recliner,vitals-monitor,music-system}', true,  false, false),
 ('dosing-im',           'Dosing session, intramuscular',         120, '{therapist,nurse}',   '{recliner,vitals-monitor,music-system}', true,  false, false),
 ('dosing-iv',           'Dosing session, intravenous',           120, '{therapist,nurse}',   '{recliner,vitals-monitor,iv-pump,music-system}', true, false, false),
 ('integration',         'Integration with the therapist',        60,  '{therapist}',         NULL,                                    false, true,  true),
 ('follow-up',           'Follow-up with the prescriber',         30,  '{prescriber}',        NULL,                                    false, false, false);

-- Weekly working hours per provider and location, in the location's time zone.
CREATE TABLE working_hours (
    provider_id uuid     NOT NULL REFERENCES provider (id),
    location_id uuid     NOT NULL REFERENCES location (id),
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    starts      time     NOT NULL,
    ends        time     NOT NULL,
    CHECK (ends > starts),
    PRIMARY KEY (provider_id, location_id, weekday, starts)
);

-- The prescriber on site: at most one per location at any instant.
CREATE TABLE duty_shift (
    id            uuid        PRIMARY KEY,
    location_id   uuid        NOT NULL REFERENCES location (id),
    prescriber_id uuid        NOT NULL REFERENCES provider (id),
    during        tstzrange   NOT NULL,
    CONSTRAINT duty_shift_one_prescriber EXCLUDE USING gist (location_id WITH =, during WITH &&)
);

-- What scheduling must know to apply the KAP rules (projected from clinical events).
ALTER TABLE client
    ADD COLUMN eligibility            varchar(24),
    ADD COLUMN eligibility_expires_at timestamptz,
    ADD COLUMN current_plan_id        uuid,
    ADD COLUMN prepared_plan_id       uuid;

CREATE TABLE appointment (
    id           uuid        PRIMARY KEY,
    type_code    varchar(40) NOT NULL REFERENCES appointment_type (code),
    client_id    uuid        NOT NULL REFERENCES client (id),
    location_id  uuid        NOT NULL REFERENCES location (id),
    room_id      uuid        REFERENCES room (id),
    starts_at    timestamptz NOT NULL,
    ends_at      timestamptz NOT NULL,
    status       varchar(16) NOT NULL,
    follows_id   uuid        REFERENCES appointment (id),
    late_cancel  boolean     NOT NULL DEFAULT false,
    cancel_reason varchar(200),
    booked_by    uuid        NOT NULL,
    created_at   timestamptz NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    CHECK (status IN ('BOOKED', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW'))
);
CREATE INDEX appointment_client_starts ON appointment (client_id, starts_at);

CREATE TABLE appointment_provider (
    appointment_id uuid NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    provider_id    uuid NOT NULL REFERENCES provider (id),
    PRIMARY KEY (appointment_id, provider_id)
);

-- What a live appointment holds. Half-open ranges let back-to-back sessions touch; the exclusion
-- constraints make double booking impossible even for concurrent requests (SQLSTATE 23P01).
-- Cancelling or a no-show deletes the holds and frees the time.
CREATE TABLE booking_hold (
    appointment_id uuid        NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    resource_kind  varchar(8)  NOT NULL CHECK (resource_kind IN ('PROVIDER', 'ROOM', 'CLIENT')),
    resource_id    uuid        NOT NULL,
    during         tstzrange   NOT NULL,
    PRIMARY KEY (appointment_id, resource_kind, resource_id),
    CONSTRAINT booking_provider_overlap EXCLUDE USING gist (resource_id WITH =, during WITH &&) WHERE (resource_kind = 'PROVIDER'),
    CONSTRAINT booking_room_overlap     EXCLUDE USING gist (resource_id WITH =, during WITH &&) WHERE (resource_kind = 'ROOM'),
    CONSTRAINT booking_client_overlap   EXCLUDE USING gist (resource_id WITH =, during WITH &&) WHERE (resource_kind = 'CLIENT')
);

-- Every change of an appointment, for the history a reschedule keeps.
CREATE TABLE appointment_change (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id uuid        NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    action         varchar(16) NOT NULL,
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    reason         varchar(200),
    changed_by     uuid        NOT NULL,
    changed_at     timestamptz NOT NULL
);
CREATE INDEX appointment_change_appointment ON appointment_change (appointment_id, id);
