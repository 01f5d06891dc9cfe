package org.kapcare.records.assessment;

import java.time.Instant;
import java.util.UUID;
import org.kapcare.records.plan.TreatmentPlan;
import org.kapcare.records.session.SessionKind;
import org.kapcare.records.session.SessionRecord;
import org.kapcare.records.session.SessionStatus;

/**
 * Where an assessment stands against the course baseline: the first assessment of the same
 * instrument since the active plan was signed (or the first ever, without a plan).
 */
final class Outcomes {

  private Outcomes() {}

  /** The figures derived from the baseline; {@code baseline} null when this is the baseline. */
  record Outcome(Integer baseline, Integer change, boolean response, boolean remission) {}

  static Assessment baseline(UUID clientId, Instrument instrument) {
    TreatmentPlan plan = TreatmentPlan.active(clientId);
    Instant since = plan == null ? Instant.EPOCH : plan.signedAt;
    return Assessment.<Assessment>find(
            "clientId = ?1 AND instrument = ?2 AND administeredAt >= ?3"
                + " ORDER BY administeredAt, recordedAt",
            clientId,
            instrument,
            since)
        .firstResult();
  }

  static Outcome of(Assessment a, Assessment baseline) {
    boolean remission = a.instrument == Instrument.PHQ9 && a.total < 5;
    if (baseline == null || baseline.id.equals(a.id)) {
      return new Outcome(null, null, false, remission);
    }
    int change = a.total - baseline.total;
    // Response: total down by at least half from the course baseline.
    boolean response = baseline.total > 0 && 2 * (baseline.total - a.total) >= baseline.total;
    return new Outcome(baseline.total, change, response, remission);
  }

  /** Signed dosing sessions in the client's active plan. */
  static long dosingSessionsInCourse(UUID clientId) {
    TreatmentPlan plan = TreatmentPlan.active(clientId);
    return plan == null
        ? 0
        : SessionRecord.count(
            "planId = ?1 AND kind = ?2 AND status = ?3",
            plan.id,
            SessionKind.DOSING,
            SessionStatus.SIGNED);
  }
}
