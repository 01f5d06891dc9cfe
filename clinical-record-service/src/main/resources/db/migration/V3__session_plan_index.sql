-- Course progress (chart summary, outcome review) counts a plan's signed dosing sessions.
CREATE INDEX session_record_plan ON session_record (plan_id, kind, status);
