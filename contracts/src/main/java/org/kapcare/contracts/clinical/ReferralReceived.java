package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/**
 * A referral reached the clinic, from a partner clinic or taken by phone. Carries no PHI: no name,
 * no contact, no reason; whoever needs those reads the referral through the API, audited. There is
 * no client yet, so the event is keyed by the referral id.
 */
public record ReferralReceived(
    String referralId, String partnerId, Urgency urgency, Instant receivedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.ReferralReceived.v1";

  /** How soon the referring clinician asks the clinic to act. */
  public enum Urgency {
    ROUTINE,
    PRIORITY
  }

  @Override
  public String subject() {
    return referralId;
  }
}
