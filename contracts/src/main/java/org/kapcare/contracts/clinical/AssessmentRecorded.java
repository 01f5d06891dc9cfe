package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/** A scored outcome measure (PHQ-9, GAD-7, PCL-5) with the flags the team must act on. */
public record AssessmentRecorded(
    String clientId,
    String assessmentId,
    String instrument,
    int total,
    String severity,
    boolean suicideRisk,
    boolean response,
    boolean remission,
    boolean outcomeReviewDue,
    Instant recordedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.AssessmentRecorded.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
