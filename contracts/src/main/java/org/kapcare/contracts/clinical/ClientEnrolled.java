package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * A client joined the clinic. Carries only what other services need to reach the client: the
 * contact channels, time zone and language; demographics stay in the chart.
 */
public record ClientEnrolled(
    String clientId,
    String preferredName,
    String email,
    String phone,
    boolean smsOptIn,
    String timeZone,
    String language,
    Instant enrolledAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.ClientEnrolled.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
