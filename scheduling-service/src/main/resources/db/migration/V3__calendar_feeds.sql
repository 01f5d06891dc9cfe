-- Secret-token iCalendar feeds, one per provider or client; rotating the token revokes the old URL.
CREATE TABLE calendar_feed (
    token      varchar(64) PRIMARY KEY,
    owner_kind varchar(8)  NOT NULL CHECK (owner_kind IN ('PROVIDER', 'CLIENT')),
    owner_id   uuid        NOT NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (owner_kind, owner_id)
);
