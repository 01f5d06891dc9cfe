-- Migrations run as the database's owner role; the service runs as its own role (${app_role}),
-- which may read and write rows but owns nothing: it cannot alter, drop or truncate a table, nor
-- switch off a trigger. Tables created by later migrations get the same grants by default.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
-- The audit trail: the service appends, and the sealer fills in the chain columns; nothing else.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${app_role};
GRANT UPDATE (chain_seq, hash) ON audit_log TO ${app_role};
