package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/** The therapist signed a preparation session; dosing becomes bookable in this course. */
public record PreparationCompleted(
    String clientId, String sessionRecordId, String planId, String therapistId, Instant completedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.PreparationCompleted.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
