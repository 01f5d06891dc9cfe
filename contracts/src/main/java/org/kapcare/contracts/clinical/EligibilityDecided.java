package org.kapcare.contracts.clinical;

import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/** A prescriber decided whether the client may receive dosing sessions, until {@code expiresAt}. */
public record EligibilityDecided(
    String clientId,
    String evaluationId,
    Decision decision,
    Instant expiresAt,
    String prescriberId,
    Instant decidedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.EligibilityDecided.v1";

  /** The outcome of an evaluation. */
  public enum Decision {
    APPROVED,
    DECLINED,
    NEEDS_INFORMATION
  }

  @Override
  public String subject() {
    return clientId;
  }
}
