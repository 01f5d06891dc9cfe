-- Transactional outbox. Column names follow Debezium's outbox event router (id, aggregatetype,
-- aggregateid, type, payload) so a large deployment can replace the in-process relay with Debezium.
CREATE TABLE outbox_event (
    id            uuid         PRIMARY KEY,
    seq           bigint       GENERATED ALWAYS AS IDENTITY UNIQUE,
    aggregatetype varchar(64)  NOT NULL,
    aggregateid   varchar(128) NOT NULL,
    type          varchar(160) NOT NULL,
    payload       jsonb        NOT NULL,
    occurred_at   timestamptz  NOT NULL,
    correlation_id varchar(64),
    traceparent   varchar(64),
    published_at  timestamptz
);

-- The relay only ever reads the unpublished tail, in commit order.
CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent consumers: a row per (consumer, event id), inserted in the same transaction as the
-- effect, so a redelivered event finds its row and has no second effect.
CREATE TABLE processed_event (
    consumer     varchar(100) NOT NULL,
    event_id     varchar(128) NOT NULL,
    event_type   varchar(160) NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
