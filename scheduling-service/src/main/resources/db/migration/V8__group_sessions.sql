-- Group sessions: one therapist, several clients. A type says how many clients it takes; the
-- appointment's first client booked it, the others join (each holding their own time).
ALTER TABLE appointment_type ADD COLUMN max_clients integer NOT NULL DEFAULT 1 CHECK (max_clients BETWEEN 1 AND 30);
INSERT INTO appointment_type (code, name, minutes, provider_roles, room_equipment, dosing, integration, client_self_booking, max_clients)
VALUES ('group-integration', 'Group integration with a therapist', 90, '{therapist}', NULL, false, false, true, 8);

CREATE TABLE appointment_client (
    appointment_id uuid        NOT NULL REFERENCES appointment (id) ON DELETE CASCADE,
    client_id      uuid        NOT NULL REFERENCES client (id),
    joined_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (appointment_id, client_id)
);
