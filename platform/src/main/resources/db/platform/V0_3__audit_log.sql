-- The audit trail every service keeps (45 CFR 164.312(b)): who, role, what, purpose of use, when,
-- outcome. Append-only, and tamper-evident: a sealer chains each committed entry to the one before
-- it (chain_seq, hash = SHA-256 of the previous hash and the entry), so an edited, deleted or
-- inserted entry breaks the chain that GET /audit/verification walks.
CREATE TABLE audit_log (
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
    correlation_id varchar(64),
    chain_seq      bigint       UNIQUE,
    hash           char(64),
    CONSTRAINT audit_log_sealed_whole CHECK ((chain_seq IS NULL) = (hash IS NULL))
);
CREATE INDEX audit_log_client ON audit_log (client_id, occurred_at DESC, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor_id, occurred_at DESC, id DESC);
CREATE INDEX audit_log_time ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_unsealed ON audit_log (occurred_at, id) WHERE chain_seq IS NULL;

-- Nothing is ever changed or removed; the one update allowed is sealing an unsealed entry, which
-- sets chain_seq and hash and nothing else.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
       AND (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.actor_role, OLD.client_id, OLD.action,
            OLD.resource, OLD.resource_id, OLD.purpose, OLD.outcome, OLD.break_glass,
            OLD.correlation_id)
           IS NOT DISTINCT FROM
           (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_role, NEW.client_id, NEW.action,
            NEW.resource, NEW.resource_id, NEW.purpose, NEW.outcome, NEW.break_glass,
            NEW.correlation_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_is_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_is_never_truncated BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
