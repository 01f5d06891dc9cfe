-- The chart beyond enrollment: care team, consent, evaluation, plan, session records,
-- assessments, notes, handoffs and the audit log.

-- Care team: one row per client (the team as it stands) plus an append-only history.
CREATE TABLE care_team (
    client_id            uuid        PRIMARY KEY REFERENCES client (id),
    therapist_id         uuid,
    prescriber_id        uuid,
    chaplain_id          uuid,
    nurse_ids            uuid[]      NOT NULL DEFAULT '{}',
    primary_clinician_id uuid,
    assigned_at          timestamptz NOT NULL,
    assigned_by          uuid        NOT NULL,
    version              bigint      NOT NULL DEFAULT 0,
    CONSTRAINT care_team_primary_is_a_clinician
        CHECK (primary_clinician_id IS NULL OR primary_clinician_id IN (therapist_id, prescriber_id))
);
CREATE INDEX care_team_therapist ON care_team (therapist_id);
CREATE INDEX care_team_prescriber ON care_team (prescriber_id);

CREATE TABLE care_team_change (
    id                   uuid        PRIMARY KEY,
    client_id            uuid        NOT NULL REFERENCES client (id),
    therapist_id         uuid,
    prescriber_id        uuid,
    chaplain_id          uuid,
    nurse_ids            uuid[]      NOT NULL,
    primary_clinician_id uuid,
    changed_at           timestamptz NOT NULL,
    changed_by           uuid        NOT NULL
);
CREATE INDEX care_team_change_client ON care_team_change (client_id, changed_at);

-- Consents: informed consent to KAP, sharing with a named partner clinic, SMS.
CREATE TABLE consent (
    id               uuid         PRIMARY KEY,
    client_id        uuid         NOT NULL REFERENCES client (id),
    kind             varchar(24)  NOT NULL,
    document_version varchar(40),
    partner_id       varchar(100),
    scope            text[]       NOT NULL DEFAULT '{}',
    signed_at        timestamptz  NOT NULL,
    recorded_by      uuid         NOT NULL,
    withdrawn_at     timestamptz,
    withdrawn_by     uuid,
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT consent_kind CHECK (kind IN ('KAP_TREATMENT', 'PARTNER_SHARE', 'SMS')),
    CONSTRAINT consent_partner_named CHECK (kind <> 'PARTNER_SHARE' OR partner_id IS NOT NULL),
    CONSTRAINT consent_document_named CHECK (kind <> 'KAP_TREATMENT' OR document_version IS NOT NULL)
);
-- At most one active consent of a kind (per partner).
CREATE UNIQUE INDEX consent_one_active
    ON consent (client_id, kind, coalesce(partner_id, '')) WHERE withdrawn_at IS NULL;

-- Evaluation by a prescriber: every contraindication answered, then a decision.
CREATE TABLE evaluation (
    id                uuid          PRIMARY KEY,
    client_id         uuid          NOT NULL REFERENCES client (id),
    prescriber_id     uuid          NOT NULL,
    evaluated_at      timestamptz   NOT NULL,
    screening         jsonb         NOT NULL,
    positive_items    text[]        NOT NULL,
    systolic          smallint      NOT NULL CHECK (systolic BETWEEN 50 AND 300),
    diastolic         smallint      NOT NULL CHECK (diastolic BETWEEN 20 AND 200),
    heart_rate        smallint      NOT NULL CHECK (heart_rate BETWEEN 20 AND 250),
    weight_kg         numeric(5, 1) NOT NULL CHECK (weight_kg BETWEEN 20 AND 400),
    medications       jsonb         NOT NULL,
    prior_treatments  varchar(2000),
    decision          varchar(24),
    decision_note     varchar(2000),
    override_reason   varchar(2000),
    decided_at        timestamptz,
    expires_at        timestamptz,
    version           bigint        NOT NULL DEFAULT 0,
    CONSTRAINT evaluation_decision CHECK (decision IN ('APPROVED', 'DECLINED', 'NEEDS_INFORMATION')),
    -- Protocol: any positive contraindication blocks approval unless a prescriber overrides in writing.
    CONSTRAINT evaluation_contraindication_blocks_approval
        CHECK (decision IS DISTINCT FROM 'APPROVED' OR cardinality(positive_items) = 0 OR override_reason IS NOT NULL)
);
CREATE INDEX evaluation_client ON evaluation (client_id, decided_at DESC NULLS LAST);

-- Treatment plan: the course the prescriber signs.
CREATE TABLE treatment_plan (
    id              uuid          PRIMARY KEY,
    client_id       uuid          NOT NULL REFERENCES client (id),
    evaluation_id   uuid          NOT NULL REFERENCES evaluation (id),
    route           varchar(16)   NOT NULL CHECK (route IN ('IV', 'IM', 'SUBLINGUAL', 'INTRANASAL')),
    dose_mg         numeric(6, 1) NOT NULL CHECK (dose_mg > 0),
    dose_mg_per_kg  numeric(4, 2),
    weight_kg       numeric(5, 1),
    dosing_sessions smallint      NOT NULL CHECK (dosing_sessions BETWEEN 1 AND 24),
    course_weeks    smallint      NOT NULL CHECK (course_weeks BETWEEN 1 AND 52),
    goals           jsonb         NOT NULL,
    status          varchar(16)   NOT NULL CHECK (status IN ('ACTIVE', 'SUPERSEDED')),
    prescriber_id   uuid          NOT NULL,
    signed_at       timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT treatment_plan_weight_based CHECK ((dose_mg_per_kg IS NULL) = (weight_kg IS NULL))
);
CREATE UNIQUE INDEX treatment_plan_one_active ON treatment_plan (client_id) WHERE status = 'ACTIVE';

-- Session records: preparation, dosing, integration. A signed record never changes.
CREATE TABLE session_record (
    id              uuid         PRIMARY KEY,
    client_id       uuid         NOT NULL REFERENCES client (id),
    plan_id         uuid         REFERENCES treatment_plan (id),
    kind            varchar(16)  NOT NULL CHECK (kind IN ('PREPARATION', 'DOSING', 'INTEGRATION')),
    appointment_id  uuid,
    status          varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'IN_PROGRESS', 'DISCHARGED', 'SIGNED')),
    opened_at       timestamptz  NOT NULL,
    opened_by       uuid,
    started_at      timestamptz,
    discharged_at   timestamptz,
    signed_at       timestamptz,
    signed_by       uuid,
    content         jsonb        NOT NULL DEFAULT '{}',
    override_reason varchar(2000),
    version         bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX session_record_appointment ON session_record (appointment_id, kind) WHERE appointment_id IS NOT NULL;
CREATE INDEX session_record_client ON session_record (client_id, kind, opened_at DESC);

CREATE FUNCTION refuse_change_to_signed_record() RETURNS trigger AS $$
BEGIN
    IF OLD.status = 'SIGNED' THEN
        RAISE EXCEPTION 'signed session record % is immutable', OLD.id USING ERRCODE = '23514';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER session_record_signed_is_immutable BEFORE UPDATE OR DELETE ON session_record
    FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();

CREATE TABLE dose_administration (
    id          uuid          PRIMARY KEY,
    session_id  uuid          NOT NULL REFERENCES session_record (id),
    route       varchar(16)   NOT NULL CHECK (route IN ('IV', 'IM', 'SUBLINGUAL', 'INTRANASAL')),
    dose_mg     numeric(6, 1) NOT NULL CHECK (dose_mg > 0),
    lot_number  varchar(40)   NOT NULL,
    started_at  timestamptz   NOT NULL,
    ended_at    timestamptz,
    recorded_by uuid          NOT NULL,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX dose_administration_session ON dose_administration (session_id);

-- Vital signs: plausible physiological ranges only (an impossible value is a 400 upstream).
CREATE TABLE vital_reading (
    id               uuid        PRIMARY KEY,
    session_id       uuid        NOT NULL REFERENCES session_record (id),
    client_id        uuid        NOT NULL,
    measured_at      timestamptz NOT NULL,
    systolic         smallint    CHECK (systolic BETWEEN 40 AND 300),
    diastolic        smallint    CHECK (diastolic BETWEEN 20 AND 200),
    heart_rate       smallint    CHECK (heart_rate BETWEEN 20 AND 250),
    spo2             smallint    CHECK (spo2 BETWEEN 50 AND 100),
    respiratory_rate smallint    CHECK (respiratory_rate BETWEEN 2 AND 60),
    recorded_by      uuid        NOT NULL
);
CREATE INDEX vital_reading_session ON vital_reading (session_id, measured_at);
CREATE INDEX vital_reading_client ON vital_reading (client_id, measured_at DESC);

CREATE TABLE vitals_alert (
    id          uuid          PRIMARY KEY,
    session_id  uuid          NOT NULL REFERENCES session_record (id),
    reading_id  uuid          NOT NULL REFERENCES vital_reading (id),
    parameter   varchar(32)   NOT NULL,
    value       numeric(6, 1) NOT NULL,
    threshold   varchar(32)   NOT NULL,
    raised_at   timestamptz   NOT NULL
);
CREATE INDEX vitals_alert_session ON vitals_alert (session_id);

-- Dissociation and sedation checks, adverse events.
CREATE TABLE clinical_check (
    id          uuid          PRIMARY KEY,
    session_id  uuid          NOT NULL REFERENCES session_record (id),
    kind        varchar(16)   NOT NULL CHECK (kind IN ('DISSOCIATION', 'SEDATION', 'ADVERSE_EVENT')),
    score       smallint,
    severity    varchar(16),
    description varchar(2000),
    observed_at timestamptz   NOT NULL,
    recorded_by uuid          NOT NULL
);
CREATE INDEX clinical_check_session ON clinical_check (session_id);

-- Outcome measures, scored on arrival.
CREATE TABLE assessment (
    id              uuid        PRIMARY KEY,
    client_id       uuid        NOT NULL REFERENCES client (id),
    instrument      varchar(8)  NOT NULL CHECK (instrument IN ('PHQ9', 'GAD7', 'PCL5')),
    answers         smallint[]  NOT NULL,
    total           smallint    NOT NULL,
    severity        varchar(32) NOT NULL,
    suicide_risk    boolean     NOT NULL DEFAULT false,
    positive_screen boolean     NOT NULL DEFAULT false,
    administered_at timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL,
    submitted_by    uuid        NOT NULL,
    submitter_role  varchar(16) NOT NULL
);
CREATE INDEX assessment_client ON assessment (client_id, instrument, administered_at);

-- Notes: signed on creation and never changed; a correction is an amendment row.
CREATE TABLE note (
    id               uuid          PRIMARY KEY,
    client_id        uuid          NOT NULL REFERENCES client (id),
    author_id        uuid          NOT NULL,
    author_role      varchar(16)   NOT NULL,
    kind             varchar(16)   NOT NULL CHECK (kind IN ('PROGRESS', 'PSYCHOTHERAPY')),
    body             varchar(20000) NOT NULL,
    signed_at        timestamptz   NOT NULL,
    amends_id        uuid          REFERENCES note (id),
    amendment_reason varchar(2000),
    CHECK ((amends_id IS NULL) = (amendment_reason IS NULL))
);
CREATE INDEX note_client ON note (client_id, signed_at);

CREATE FUNCTION refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME USING ERRCODE = '23514';
END $$ LANGUAGE plpgsql;
CREATE TRIGGER note_is_append_only BEFORE UPDATE OR DELETE ON note
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Care-team handoffs that need acknowledgment.
CREATE TABLE handoff (
    id              uuid          PRIMARY KEY,
    client_id       uuid          NOT NULL REFERENCES client (id),
    author_id       uuid          NOT NULL,
    body            varchar(4000) NOT NULL,
    recipient_ids   uuid[]        NOT NULL DEFAULT '{}',
    recipient_roles text[]        NOT NULL DEFAULT '{}',
    priority        varchar(16)   NOT NULL CHECK (priority IN ('ROUTINE', 'URGENT')),
    shared_at       timestamptz   NOT NULL,
    event_id        uuid          NOT NULL UNIQUE,
    acknowledged_by uuid,
    acknowledged_at timestamptz,
    CHECK (cardinality(recipient_ids) + cardinality(recipient_roles) > 0)
);
CREATE INDEX handoff_open ON handoff (priority, shared_at) WHERE acknowledged_at IS NULL;
CREATE INDEX handoff_client ON handoff (client_id, shared_at);

-- Emergency access by a clinician outside the care team: time-boxed, reasoned, audited.
CREATE TABLE break_glass_access (
    id           uuid          PRIMARY KEY,
    client_id    uuid          NOT NULL REFERENCES client (id),
    clinician_id uuid          NOT NULL,
    role         varchar(16)   NOT NULL,
    reason       varchar(2000) NOT NULL,
    granted_at   timestamptz   NOT NULL,
    expires_at   timestamptz   NOT NULL
);
CREATE INDEX break_glass_access_lookup ON break_glass_access (client_id, clinician_id, expires_at);

-- Audit log (45 CFR 164.312(b)): who, role, what, purpose, when, outcome. Append-only.
CREATE TABLE audit_entry (
    id             uuid         PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    actor_id       varchar(64)  NOT NULL,
    actor_role     varchar(16)  NOT NULL,
    client_id      uuid,
    action         varchar(16)  NOT NULL CHECK (action IN ('READ', 'WRITE', 'EXPORT')),
    resource       varchar(40)  NOT NULL,
    resource_id    uuid,
    purpose        varchar(16)  NOT NULL,
    outcome        varchar(16)  NOT NULL CHECK (outcome IN ('ALLOWED', 'DENIED')),
    break_glass    boolean      NOT NULL DEFAULT false,
    correlation_id varchar(64)
);
CREATE INDEX audit_entry_client ON audit_entry (client_id, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at DESC, id DESC);
CREATE TRIGGER audit_entry_is_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
