package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * A clinician outside the client's care team opened the chart in an emergency. The written reason
 * stays in the audit log; the event only says who, whose chart and when, so that admins and the
 * care team are alerted.
 */
public record BreakGlassAccessed(
    String clientId, String accessId, String clinicianId, String role, Instant accessedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.BreakGlassAccessed.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
