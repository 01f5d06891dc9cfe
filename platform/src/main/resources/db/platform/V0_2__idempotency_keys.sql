-- Idempotency-Key on POSTs that create things: the first request's response is kept, a retry with
-- the same key and body gets it again, the same key with another body is refused (422).
CREATE TABLE idempotency_key (
    caller        varchar(64)  NOT NULL,
    key           varchar(128) NOT NULL,
    operation     varchar(200) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    status        integer      NOT NULL,
    location      varchar(500),
    etag          varchar(64),
    response_body text         NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
