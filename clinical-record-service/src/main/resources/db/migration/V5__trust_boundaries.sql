-- Trust boundaries (issue 12).

-- Partner sharing rests on the client's own act: recorded from the client's own account, or by staff
-- with evidence of it (how it was given, the signed document, a witness). Every sharing consent
-- expires; sharing stops at expires_at.
ALTER TABLE consent
    ADD COLUMN recorded_by_client boolean      NOT NULL DEFAULT false,
    ADD COLUMN evidence_method    varchar(24),
    ADD COLUMN evidence_document  varchar(200),
    ADD COLUMN evidence_witness   varchar(200),
    ADD COLUMN expires_at         timestamptz;
-- Sharing consents recorded before evidence was asked for stop at once: the client consents again.
UPDATE consent SET expires_at = signed_at WHERE kind = 'PARTNER_SHARE';
ALTER TABLE consent
    ADD CONSTRAINT consent_evidence_method CHECK (evidence_method IS NULL
        OR evidence_method IN ('SIGNED_PAPER', 'SIGNED_ELECTRONIC', 'VERBAL_WITNESSED')),
    ADD CONSTRAINT consent_partner_share_expires CHECK (kind <> 'PARTNER_SHARE' OR expires_at IS NOT NULL),
    -- NOT VALID: rows from before this rule are kept as they were (and have expired above).
    ADD CONSTRAINT consent_by_client_or_with_evidence CHECK (kind <> 'PARTNER_SHARE'
        OR recorded_by_client OR (evidence_method IS NOT NULL AND evidence_document IS NOT NULL)) NOT VALID;

-- Every break-the-glass use is reviewed by an admin; one not reviewed in time is escalated.
ALTER TABLE break_glass_access
    ADD COLUMN reviewed_at    timestamptz,
    ADD COLUMN reviewed_by    uuid,
    ADD COLUMN review_outcome varchar(16) CHECK (review_outcome IN ('JUSTIFIED', 'NOT_JUSTIFIED')),
    ADD COLUMN review_note    varchar(2000),
    ADD COLUMN escalated_at   timestamptz,
    ADD CONSTRAINT break_glass_review_complete CHECK ((reviewed_at IS NULL) = (review_outcome IS NULL));
CREATE INDEX break_glass_access_unreviewed ON break_glass_access (granted_at, id) WHERE reviewed_at IS NULL;

-- An assessment dated earlier than the policy's window says why and who did it (staff only).
ALTER TABLE assessment ADD COLUMN backdated_reason varchar(500);

-- The client's appointments as scheduling announced them: an appointment id named in a request
-- must be one of the client in the path.
-- (A group session is one appointment of several clients: one row per client.)
CREATE TABLE client_appointment (
    appointment_id   uuid         NOT NULL,
    client_id        uuid         NOT NULL,
    appointment_type varchar(64)  NOT NULL,
    status           varchar(16)  NOT NULL,
    starts_at        timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    PRIMARY KEY (appointment_id, client_id)
);
