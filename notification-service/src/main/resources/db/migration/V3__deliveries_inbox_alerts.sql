-- Durable work: one row per (cause, recipient, channel, kind). The dispatcher claims due rows with
-- FOR UPDATE SKIP LOCKED, so replicas never take the same row; a claim is a lease that a crashed
-- replica gives up when it expires.
CREATE TABLE delivery (
    id                  uuid         PRIMARY KEY,
    source_event_id     varchar(200) NOT NULL,
    kind                varchar(40)  NOT NULL,
    recipient_id        uuid         NOT NULL,
    channel             varchar(8)   NOT NULL,
    client_id           uuid,
    appointment_id      varchar(64),
    alert_id            uuid,
    urgent              boolean      NOT NULL DEFAULT false,
    model               jsonb        NOT NULL,
    status              varchar(10)  NOT NULL,
    due_at              timestamptz  NOT NULL,
    next_attempt_at     timestamptz  NOT NULL,
    lease_until         timestamptz,
    attempts            int          NOT NULL DEFAULT 0,
    provider_message_id varchar(200),
    last_error          varchar(200),
    sent_at             timestamptz,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    CONSTRAINT delivery_once UNIQUE (source_event_id, recipient_id, channel, kind),
    CONSTRAINT delivery_channel CHECK (channel IN ('EMAIL', 'SMS', 'IN_APP')),
    CONSTRAINT delivery_status
        CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'DEAD', 'CANCELLED'))
);
-- Urgent clinical alerts are claimed before routine messages that are due at the same time.
CREATE INDEX delivery_due ON delivery (urgent DESC, next_attempt_at) WHERE status IN ('QUEUED', 'FAILED');
CREATE INDEX delivery_leased ON delivery (lease_until) WHERE status = 'SENDING';
CREATE INDEX delivery_appointment ON delivery (appointment_id, recipient_id) WHERE appointment_id IS NOT NULL;
CREATE INDEX delivery_history ON delivery (created_at DESC, id DESC);
-- Every delivery is updated a few times within seconds: vacuum early, so claims do not wade
-- through dead index entries.
ALTER TABLE delivery SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

-- An urgent alert that someone must acknowledge, or it escalates up the ladder.
CREATE TABLE alert (
    id               uuid         PRIMARY KEY,
    source_event_id  varchar(200) NOT NULL UNIQUE,
    kind             varchar(40)  NOT NULL,
    client_id        uuid,
    level            int          NOT NULL DEFAULT 0,
    escalates        boolean      NOT NULL,
    escalate_at      timestamptz,
    acknowledged_at  timestamptz,
    acknowledged_by  uuid,
    created_at       timestamptz  NOT NULL
);
CREATE INDEX alert_escalation_due ON alert (escalate_at) WHERE acknowledged_at IS NULL AND escalate_at IS NOT NULL;

-- The authenticated in-app inbox: the only place where clinical content may appear.
CREATE TABLE inbox_item (
    id              uuid         PRIMARY KEY,
    delivery_id     uuid         NOT NULL UNIQUE REFERENCES delivery (id),
    recipient_id    uuid         NOT NULL,
    kind            varchar(40)  NOT NULL,
    client_id       uuid,
    alert_id        uuid         REFERENCES alert (id),
    urgent          boolean      NOT NULL,
    title           varchar(200) NOT NULL,
    body            text         NOT NULL,
    created_at      timestamptz  NOT NULL,
    read_at         timestamptz,
    acknowledged_at timestamptz,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX inbox_item_recipient ON inbox_item (recipient_id, created_at DESC, id DESC);
CREATE INDEX inbox_item_unread ON inbox_item (recipient_id) WHERE read_at IS NULL;
