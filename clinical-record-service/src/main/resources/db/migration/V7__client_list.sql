-- The staff's client list (GET /clients, issue 14) is ordered and keyset-paged by family name, given
-- name and id, case-insensitive.
CREATE INDEX client_name_order ON client (lower(family_name), lower(given_name), id);
