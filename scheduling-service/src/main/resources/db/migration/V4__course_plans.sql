-- A course (one treatment plan) is proposed as TENTATIVE appointments that already hold their
-- time; a coordinator confirms the whole course in one call.
ALTER TABLE appointment DROP CONSTRAINT appointment_status_check;
ALTER TABLE appointment ADD CONSTRAINT appointment_status_check
    CHECK (status IN ('TENTATIVE', 'BOOKED', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW'));
ALTER TABLE appointment ADD COLUMN course_id uuid;
CREATE INDEX appointment_course ON appointment (course_id, starts_at) WHERE course_id IS NOT NULL;
