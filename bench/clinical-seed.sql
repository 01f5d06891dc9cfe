-- Seeds the clinical database for bench/clinical-bench.sh: 10,000 clients, each with a care team
-- (tess, paula, nina), informed consent, an approved evaluation, an active IV plan, two signed
-- dosing sessions with 10 vital-sign readings each (200,000 observations in all), a preparation
-- and four PHQ-9 / GAD-7 assessments. Idempotent: bench rows (ids 00000000-0000-4000-9100-…)
-- are removed first; the signed-record trigger is paused for that cleanup only.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_client AS
SELECT ('00000000-0000-4000-9100-' || lpad(n::text, 12, '0'))::uuid AS id, n
  FROM generate_series(1, 10000) n;

ALTER TABLE session_record DISABLE TRIGGER session_record_signed_is_immutable;
DELETE FROM vitals_alert WHERE session_id IN (SELECT id FROM session_record WHERE client_id IN (SELECT id FROM bench_client));
DELETE FROM vital_reading WHERE client_id IN (SELECT id FROM bench_client);
DELETE FROM dose_administration WHERE session_id IN (SELECT id FROM session_record WHERE client_id IN (SELECT id FROM bench_client));
DELETE FROM clinical_check WHERE session_id IN (SELECT id FROM session_record WHERE client_id IN (SELECT id FROM bench_client));
DELETE FROM session_record WHERE client_id IN (SELECT id FROM bench_client);
ALTER TABLE session_record ENABLE TRIGGER session_record_signed_is_immutable;
DELETE FROM assessment WHERE client_id IN (SELECT id FROM bench_client);
DELETE FROM treatment_plan WHERE client_id IN (SELECT id FROM bench_client);
DELETE FROM evaluation WHERE client_id IN (SELECT id FROM bench_client);
DELETE FROM consent WHERE client_id IN (SELECT id FROM bench_client);
DELETE FROM care_team_change WHERE client_id IN (SELECT id FROM bench_client);
DELETE FROM care_team WHERE client_id IN (SELECT id FROM bench_client);
DELETE FROM client WHERE id IN (SELECT id FROM bench_client);

INSERT INTO client (id, given_name, family_name, date_of_birth, email, time_zone, language,
                    referral_source, enrolled_at, enrolled_by)
SELECT id, 'Bench', 'Client ' || n, date '1980-01-01' + (n % 9000), 'bench-' || n || '@test.kapcare.org',
       'America/Denver', 'en', 'SELF', now() - interval '90 days', '6e8c3f57-0a6b-4d2c-8e55-9f1b7a3c8e01'
  FROM bench_client;
INSERT INTO care_team (client_id, therapist_id, prescriber_id, nurse_ids, primary_clinician_id, assigned_at, assigned_by)
SELECT id, '2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01', '3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01',
       '{4c6a1d35-8e4f-4b0a-8c33-7d9f5e1a6c01}', '2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01',
       now() - interval '90 days', '6e8c3f57-0a6b-4d2c-8e55-9f1b7a3c8e01'
  FROM bench_client;
INSERT INTO consent (id, client_id, kind, document_version, signed_at, recorded_by)
SELECT gen_random_uuid(), id, 'KAP_TREATMENT', 'kap-consent-2026-03', now() - interval '89 days',
       '6e8c3f57-0a6b-4d2c-8e55-9f1b7a3c8e01'
  FROM bench_client;
INSERT INTO evaluation (id, client_id, prescriber_id, evaluated_at, screening, positive_items, systolic,
                        diastolic, heart_rate, weight_kg, medications, decision, decided_at, expires_at)
SELECT ('00000000-0000-4000-9200-' || lpad(n::text, 12, '0'))::uuid, id, '3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01',
       now() - interval '88 days', '{}', '{}', 124, 80, 70, 70, '[]', 'APPROVED',
       now() - interval '88 days', now() + interval '90 days'
  FROM bench_client;
INSERT INTO treatment_plan (id, client_id, evaluation_id, route, dose_mg, dose_mg_per_kg, weight_kg,
                            dosing_sessions, course_weeks, goals, status, prescriber_id, signed_at)
SELECT ('00000000-0000-4000-9300-' || lpad(n::text, 12, '0'))::uuid, id,
       ('00000000-0000-4000-9200-' || lpad(n::text, 12, '0'))::uuid, 'IV', 35, 0.5, 70, 6, 3,
       '[{"id":"00000000-0000-4000-9400-000000000001","text":"Fewer depressive days"}]', 'ACTIVE',
       '3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01', now() - interval '87 days'
  FROM bench_client;
INSERT INTO session_record (id, client_id, plan_id, kind, status, opened_at, started_at, discharged_at,
                            signed_at, signed_by, content)
SELECT gen_random_uuid(), id, ('00000000-0000-4000-9300-' || lpad(n::text, 12, '0'))::uuid, 'PREPARATION',
       'SIGNED', now() - interval '80 days', NULL, NULL, now() - interval '80 days',
       '2a4e9b13-6c2d-4f8e-8a11-5b7d3c9e4a01', '{"intention":"Bench intention","readiness":"READY"}'
  FROM bench_client;
CREATE TEMP TABLE bench_dosing AS
SELECT gen_random_uuid() AS id, c.id AS client_id, c.n, s,
       now() - interval '70 days' + s * interval '7 days' AS started_at
  FROM bench_client c, generate_series(1, 2) s;
INSERT INTO session_record (id, client_id, plan_id, kind, status, opened_at, started_at, discharged_at,
                            signed_at, signed_by, content)
SELECT d.id, d.client_id, ('00000000-0000-4000-9300-' || lpad(d.n::text, 12, '0'))::uuid, 'DOSING', 'SIGNED',
       d.started_at, d.started_at, d.started_at + interval '2 hours', d.started_at + interval '2 hours',
       '3b5f0c24-7d3e-4a9f-9b22-6c8e4d0f5b01', '{"discharge":{"monitoringMinutes":120}}'
  FROM bench_dosing d;
INSERT INTO vital_reading (id, session_id, client_id, measured_at, systolic, diastolic, heart_rate, spo2,
                           respiratory_rate, recorded_by)
SELECT gen_random_uuid(), d.id, d.client_id, d.started_at + r * interval '12 minutes',
       118 + (r * 7 + d.n) % 30, 72 + (r * 5 + d.n) % 18, 64 + (r * 3 + d.n) % 25, 95 + (r + d.n) % 5,
       12 + (r + d.n) % 6, '4c6a1d35-8e4f-4b0a-8c33-7d9f5e1a6c01'
  FROM bench_dosing d, generate_series(0, 9) r;
INSERT INTO assessment (id, client_id, instrument, answers, total, severity, administered_at, recorded_at,
                        submitted_by, submitter_role)
SELECT gen_random_uuid(), c.id, i.instrument, i.answers, i.total, i.severity,
       now() - interval '85 days' + k * interval '14 days', now(), c.id, 'self'
  FROM bench_client c, generate_series(0, 1) k,
       (VALUES ('PHQ9', '{2,2,2,2,2,2,2,1,0}'::smallint[], 17, 'moderately-severe'),
               ('GAD7', '{2,2,1,1,1,1,1}'::smallint[], 9, 'mild')) i(instrument, answers, total, severity);
COMMIT;
ANALYZE;
