package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/** A signed treatment plan: the course scheduling proposes (preparation, dosing, integration). */
public record TreatmentPlanApproved(
    String clientId,
    String planId,
    Route route,
    int dosingSessions,
    int courseWeeks,
    String prescriberId,
    Instant approvedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.TreatmentPlanApproved.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
