-- Seeds :n clients (ids and addresses from :run) with e-mail, opted-in SMS and the app, each with
-- a 48-hour reminder on the channels in :channels (e.g. 'EMAIL,SMS,IN_APP'), due spread evenly over
-- the first :spread seconds (0: all at once) of the minute starting at :due, as the booking
-- consumer would have planned them.

INSERT INTO recipient (id, kind, display_name, email, phone, sms_opt_in, time_zone, language,
                       roles, updated_at, version)
SELECT md5(:'run' || i)::uuid, 'CLIENT', 'Bench ' || i,
       'bench-' || :'run' || '-' || i || '@bench.kapcare.org',
       '+1998' || :'run' || lpad(i::text, 5, '0'),
       true, 'America/New_York', 'en', '{client}', now(), 0
FROM generate_series(1, :n) AS i;

INSERT INTO delivery (id, source_event_id, kind, recipient_id, channel, client_id, appointment_id,
                      urgent, model, status, due_at, next_attempt_at, attempts, created_at,
                      updated_at)
SELECT gen_random_uuid(), 'bench-' || :'run' || '-' || i || '/reminder-PT48H', 'REMINDER',
       md5(:'run' || i)::uuid, channel, md5(:'run' || i)::uuid, 'bench-appointment-' || i, false,
       jsonb_build_object('startsAt', to_char((:'due'::timestamptz + interval '48 hours')
                                              AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                          'timeZone', 'America/New_York', 'appointmentType', 'dosing',
                          'hoursBefore', '48'),
       'QUEUED', :'due'::timestamptz + (i % 60) * :spread / 60.0 * interval '1 second',
       :'due'::timestamptz + (i % 60) * :spread / 60.0 * interval '1 second', 0, now(), now()
FROM generate_series(1, :n) AS i
CROSS JOIN unnest(string_to_array(:'channels', ',')) AS c(channel);
