package org.kapcare.records.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.Route;

/** A treatment plan as the care team reads it. */
public record PlanView(
    UUID id,
    UUID clientId,
    UUID evaluationId,
    Route route,
    BigDecimal doseMg,
    BigDecimal doseMgPerKg,
    BigDecimal weightKg,
    int dosingSessions,
    int courseWeeks,
    List<Goal> goals,
    TreatmentPlan.Status status,
    UUID prescriberId,
    Instant signedAt) {

  static PlanView of(TreatmentPlan p) {
    return new PlanView(
        p.id,
        p.clientId,
        p.evaluationId,
        p.route,
        p.doseMg,
        p.doseMgPerKg,
        p.weightKg,
        p.dosingSessions,
        p.courseWeeks,
        p.goals,
        p.status,
        p.prescriberId,
        p.signedAt);
  }
}
