-- Who can be reached and how: a projection of ClientEnrolled and ProviderRegistered, plus the
-- preferences people set themselves. The id is the person's Keycloak user id.
CREATE TABLE recipient (
    id           uuid         PRIMARY KEY,
    kind         varchar(16)  NOT NULL,
    display_name varchar(200) NOT NULL,
    email        varchar(254),
    phone        varchar(32),
    sms_opt_in   boolean      NOT NULL DEFAULT false,
    time_zone    varchar(64)  NOT NULL,
    language     varchar(16)  NOT NULL DEFAULT 'en',
    roles        text[]       NOT NULL DEFAULT '{}',
    updated_at   timestamptz  NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT recipient_kind CHECK (kind IN ('CLIENT', 'STAFF'))
);

-- Quiet hours hold routine messages (never urgent clinical alerts to staff), in the recipient's zone.
ALTER TABLE recipient
    ADD COLUMN quiet_hours_start time,
    ADD COLUMN quiet_hours_end   time,
    ADD CONSTRAINT recipient_quiet_hours_pair
        CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL));
