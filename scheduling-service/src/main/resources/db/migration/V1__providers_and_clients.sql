-- Staff who can be booked. The id is the person's Keycloak user id.
CREATE TABLE provider (
    id            uuid         PRIMARY KEY,
    display_name  varchar(200) NOT NULL,
    roles         text[]       NOT NULL,
    email         varchar(254) NOT NULL,
    phone         varchar(32),
    time_zone     varchar(64)  NOT NULL,
    registered_at timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    CONSTRAINT provider_has_role CHECK (cardinality(roles) > 0)
);

-- What scheduling knows of a client, projected from clinical events: where they live in time and
-- who their therapist and prescriber are. No clinical content.
CREATE TABLE client (
    id            uuid        PRIMARY KEY,
    time_zone     varchar(64) NOT NULL,
    therapist_id  uuid,
    prescriber_id uuid,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0
);
