-- The staff web app lists the sites and the providers by name (keyset-paged on (name, id)).
CREATE INDEX location_name ON location (name, id);
CREATE INDEX provider_display_name ON provider (display_name, id);
-- Providers working at a site (GET /providers?locationId=) without a scan of every provider's hours.
CREATE INDEX working_hours_location ON working_hours (location_id, provider_id);
