-- Referrals: a partner clinic (partner_id = its OAuth client id, from the token) or a coordinator
-- taking a call (received_by) refers a person; the clinic accepts (enrolling the client) or declines.
CREATE TABLE referral (
    id                uuid          PRIMARY KEY,
    partner_id        varchar(100),
    received_by       uuid,
    given_name        varchar(100)  NOT NULL,
    family_name       varchar(100)  NOT NULL,
    date_of_birth     date          NOT NULL,
    email             varchar(254)  NOT NULL,
    phone             varchar(32),
    time_zone         varchar(64)   NOT NULL,
    clinician_name    varchar(200)  NOT NULL,
    clinician_contact varchar(254)  NOT NULL,
    reason            varchar(4000) NOT NULL,
    urgency           varchar(16)   NOT NULL CHECK (urgency IN ('ROUTINE', 'PRIORITY')),
    status            varchar(16)   NOT NULL CHECK (status IN ('RECEIVED', 'ACCEPTED', 'DECLINED')),
    received_at       timestamptz   NOT NULL,
    decided_at        timestamptz,
    decided_by        uuid,
    decline_reason    varchar(2000),
    client_id         uuid          REFERENCES client (id),
    version           bigint        NOT NULL DEFAULT 0,
    CONSTRAINT referral_from_partner_or_staff CHECK ((partner_id IS NULL) <> (received_by IS NULL)),
    CONSTRAINT referral_decided CHECK ((status = 'RECEIVED') = (decided_at IS NULL AND decided_by IS NULL)),
    CONSTRAINT referral_accepted_names_client CHECK ((status = 'ACCEPTED') = (client_id IS NOT NULL)),
    CONSTRAINT referral_declined_gives_reason CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
);
-- Keyset paging, newest first: a partner's own referrals, and all of them for the clinic.
CREATE INDEX referral_partner ON referral (partner_id, received_at DESC, id DESC);
CREATE INDEX referral_received ON referral (received_at DESC, id DESC);
-- A client is enrolled from at most one referral.
CREATE UNIQUE INDEX referral_client ON referral (client_id) WHERE client_id IS NOT NULL;
