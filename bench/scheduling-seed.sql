-- Seeds the scheduling database for bench/scheduling-bench.sh: one site, 10 rooms, 30 therapists
-- working 06:00-22:00 every day, a prescriber on duty for 8 weeks, 5,000 clients and 5,000
-- preparation appointments over 8 weeks (08:00, 10:00, 12:00 local; the afternoons stay free).
-- Idempotent: everything it writes carries the bench location and is removed first.
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM booking_hold WHERE appointment_id IN (SELECT id FROM appointment WHERE location_id = '00000000-0000-4000-8000-0000000000b1');
DELETE FROM appointment_change WHERE appointment_id IN (SELECT id FROM appointment WHERE location_id = '00000000-0000-4000-8000-0000000000b1');
DELETE FROM appointment_provider WHERE appointment_id IN (SELECT id FROM appointment WHERE location_id = '00000000-0000-4000-8000-0000000000b1');
DELETE FROM appointment WHERE location_id = '00000000-0000-4000-8000-0000000000b1';
DELETE FROM duty_shift WHERE location_id = '00000000-0000-4000-8000-0000000000b1';
DELETE FROM working_hours WHERE location_id = '00000000-0000-4000-8000-0000000000b1';
DELETE FROM room WHERE location_id = '00000000-0000-4000-8000-0000000000b1';
DELETE FROM location WHERE id = '00000000-0000-4000-8000-0000000000b1';
DELETE FROM client WHERE id::text LIKE '00000000-0000-4000-9000-%';
DELETE FROM provider WHERE id::text LIKE '00000000-0000-4000-a000-%';

INSERT INTO location (id, name, time_zone) VALUES ('00000000-0000-4000-8000-0000000000b1', 'Bench clinic', 'America/Los_Angeles');
INSERT INTO room (id, location_id, name, equipment)
SELECT ('00000000-0000-4000-8000-0000000001' || lpad(r::text, 2, '0'))::uuid, '00000000-0000-4000-8000-0000000000b1', 'Bench room ' || r,
       '{recliner,vitals-monitor,music-system,iv-pump}'
  FROM generate_series(1, 10) r;
INSERT INTO provider (id, display_name, roles, email, time_zone, registered_at)
SELECT ('00000000-0000-4000-a000-' || lpad(p::text, 12, '0'))::uuid, 'Bench therapist ' || p, '{therapist}', 'bench' || p || '@test.kapcare.org', 'America/Los_Angeles', now()
  FROM generate_series(1, 30) p;
INSERT INTO provider (id, display_name, roles, email, time_zone, registered_at)
VALUES ('00000000-0000-4000-a000-000000000999', 'Bench prescriber', '{prescriber}', 'bench-rx@test.kapcare.org', 'America/Los_Angeles', now());
INSERT INTO working_hours (provider_id, location_id, weekday, starts, ends)
SELECT ('00000000-0000-4000-a000-' || lpad(p::text, 12, '0'))::uuid, '00000000-0000-4000-8000-0000000000b1', d, '06:00', '22:00'
  FROM generate_series(1, 30) p, generate_series(1, 7) d;
INSERT INTO duty_shift (id, location_id, prescriber_id, during)
VALUES (gen_random_uuid(), '00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-a000-000000000999',
        tstzrange(:'start'::timestamptz, :'start'::timestamptz + interval '56 days', '[)'));
-- 5,040 clients (30 therapists x 56 days x 3 morning sessions) plus 4,000 for the booking run.
INSERT INTO client (id, time_zone, therapist_id, updated_at, eligibility, eligibility_expires_at)
SELECT ('00000000-0000-4000-9000-' || lpad(c::text, 12, '0'))::uuid, 'America/Los_Angeles',
       -- the morning sessions' clients are numbered therapist by therapist (168 each)
       ('00000000-0000-4000-a000-' || lpad((CASE WHEN c <= 5040 THEN 1 + (c - 1) / 168 ELSE 1 + c % 30 END)::text, 12, '0'))::uuid,
       now(), 'APPROVED', now() + interval '1 year'
  FROM generate_series(1, 9040) c;
WITH slots AS (
  SELECT p, d, s, row_number() OVER (ORDER BY p, d, s) AS n
    FROM generate_series(1, 30) p, generate_series(0, 55) d, generate_series(0, 2) s),
appts AS (
  SELECT gen_random_uuid() AS id, p, n,
         ((:'start'::date + d) + make_time(8 + 2 * s, 0, 0)) AT TIME ZONE 'America/Los_Angeles' AS starts
    FROM slots WHERE n <= 5040)
INSERT INTO appointment (id, type_code, client_id, location_id, starts_at, ends_at, status, booked_by, created_at)
SELECT id, 'preparation', ('00000000-0000-4000-9000-' || lpad(n::text, 12, '0'))::uuid, '00000000-0000-4000-8000-0000000000b1',
       starts, starts + interval '60 minutes', 'BOOKED', '00000000-0000-0000-0000-000000000001', now()
  FROM appts;
INSERT INTO appointment_provider (appointment_id, provider_id)
SELECT a.id, c.therapist_id FROM appointment a JOIN client c ON c.id = a.client_id WHERE a.location_id = '00000000-0000-4000-8000-0000000000b1';
INSERT INTO booking_hold (appointment_id, resource_kind, resource_id, during)
SELECT a.id, 'PROVIDER', ap.provider_id, tstzrange(a.starts_at, a.ends_at, '[)')
  FROM appointment a JOIN appointment_provider ap ON ap.appointment_id = a.id WHERE a.location_id = '00000000-0000-4000-8000-0000000000b1';
INSERT INTO booking_hold (appointment_id, resource_kind, resource_id, during)
SELECT a.id, 'CLIENT', a.client_id, tstzrange(a.starts_at, a.ends_at, '[)')
  FROM appointment a WHERE a.location_id = '00000000-0000-4000-8000-0000000000b1';
COMMIT;
ANALYZE;
SELECT count(*) AS seeded_appointments FROM appointment WHERE location_id = '00000000-0000-4000-8000-0000000000b1';
