-- The chart's audit entries move to the platform's one audit trail (audit_log, hash-chained by the
-- sealer); the old table goes. Row triggers do not fire on INSERT … SELECT into a new table or on
-- DROP TABLE, so nothing is lost or rewritten.
INSERT INTO audit_log (id, occurred_at, actor_id, actor_role, client_id, action, resource,
                       resource_id, purpose, outcome, break_glass, correlation_id)
SELECT id, occurred_at, actor_id, actor_role, client_id, action, resource, resource_id, purpose,
       outcome, break_glass, correlation_id
  FROM audit_entry;
DROP TABLE audit_entry;
