package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * A consent to share part of the chart with a partner clinic was recorded. The client is told at
 * once in every channel they allow, so sharing never happens behind their back; the message names
 * neither the partner nor what is shared (those stay in the chart, behind the client's login).
 */
public record PartnerSharingConsented(
    String clientId,
    String consentId,
    boolean recordedByClient,
    Instant expiresAt,
    Instant recordedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.PartnerSharingConsented.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
