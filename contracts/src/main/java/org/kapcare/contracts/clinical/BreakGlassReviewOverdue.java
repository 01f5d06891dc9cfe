package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * A break-the-glass use was not reviewed by an admin within the policy's time: escalated to every
 * admin. Ids only, never the written reason (read in the audited review list).
 */
public record BreakGlassReviewOverdue(
    String clientId, String grantId, String clinicianId, Instant grantedAt, Instant dueAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.BreakGlassReviewOverdue.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
