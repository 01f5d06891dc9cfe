-- Waitlists per type (and optionally provider) at a site. A freed slot is offered to the first
-- waiting client (priority entries first) as a TENTATIVE appointment that holds the time until the
-- offer expires; then the next client gets it.
CREATE TABLE waitlist_entry (
    id                   uuid        PRIMARY KEY,
    client_id            uuid        NOT NULL REFERENCES client (id),
    type_code            varchar(40) NOT NULL REFERENCES appointment_type (code),
    location_id          uuid        NOT NULL REFERENCES location (id),
    provider_id          uuid        REFERENCES provider (id),
    follows_id           uuid        REFERENCES appointment (id),
    priority             boolean     NOT NULL DEFAULT false,
    status               varchar(12) NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'EXPIRED', 'WITHDRAWN')),
    offer_appointment_id uuid        REFERENCES appointment (id),
    offer_expires_at     timestamptz,
    created_at           timestamptz NOT NULL,
    version              bigint      NOT NULL DEFAULT 0
);
CREATE INDEX waitlist_waiting ON waitlist_entry (type_code, location_id, priority DESC, created_at)
    WHERE status = 'WAITING';
CREATE INDEX waitlist_offers ON waitlist_entry (offer_expires_at) WHERE status = 'OFFERED';
