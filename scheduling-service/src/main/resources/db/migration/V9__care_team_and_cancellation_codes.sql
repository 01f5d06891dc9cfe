-- The whole care team of a client (therapist, prescriber, primary clinician, nurses, chaplain) from
-- CareTeamAssigned: only its members may be put on the client's appointments, except by staff.
ALTER TABLE client ADD COLUMN care_team uuid[] NOT NULL DEFAULT '{}';
UPDATE client SET care_team = array_remove(ARRAY[therapist_id, prescriber_id], NULL);

-- Cancellation: the reason others hear is a code; a free-text note stays internal (staff only).
ALTER TABLE appointment ADD COLUMN cancel_note varchar(200);
UPDATE appointment SET cancel_note = cancel_reason, cancel_reason = 'OTHER' WHERE cancel_reason IS NOT NULL;
ALTER TABLE appointment_change ADD COLUMN note varchar(200);
-- The participant a JOINED or LEFT entry concerns: a client's history shows only their own.
ALTER TABLE appointment_change ADD COLUMN client_id uuid;
UPDATE appointment_change SET note = reason, reason = 'OTHER' WHERE reason IS NOT NULL;
UPDATE appointment_change SET client_id = changed_by WHERE action IN ('JOINED', 'LEFT');
