package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * The client gave or withdrew consent to SMS (TCPA opt-in). Withdrawal takes effect at once: no SMS
 * may be sent to the client after this event.
 */
public record SmsConsentChanged(
    String clientId, String consentId, boolean optedIn, Instant changedAt) implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.SmsConsentChanged.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
