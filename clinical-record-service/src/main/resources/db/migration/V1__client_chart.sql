-- A client's chart starts with enrollment. The id is the person's Keycloak user id (sub).
CREATE TABLE client (
    id                      uuid         PRIMARY KEY,
    given_name              varchar(100) NOT NULL,
    family_name             varchar(100) NOT NULL,
    preferred_name          varchar(100),
    date_of_birth           date         NOT NULL,
    pronouns                varchar(40),
    email                   varchar(254) NOT NULL,
    phone                   varchar(32),
    time_zone               varchar(64)  NOT NULL,
    language                varchar(16)  NOT NULL,
    referral_source         varchar(32)  NOT NULL,
    referring_partner       varchar(100),
    emergency_contact_name  varchar(200),
    emergency_contact_phone varchar(32),
    sms_opt_in              boolean      NOT NULL DEFAULT false,
    enrolled_at             timestamptz  NOT NULL,
    enrolled_by             uuid         NOT NULL,
    version                 bigint       NOT NULL DEFAULT 0,
    CONSTRAINT client_referral_source CHECK (referral_source IN ('SELF', 'THERAPIST', 'PARTNER_CLINIC'))
);

CREATE UNIQUE INDEX client_email_unique ON client (lower(email));
