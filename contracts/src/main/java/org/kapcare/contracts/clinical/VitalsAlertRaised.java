package org.kapcare.contracts.clinical;

import java.math.BigDecimal;
import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/** A vital-sign reading crossed the clinic's threshold during a dosing session. */
public record VitalsAlertRaised(
    String clientId,
    String alertId,
    String sessionRecordId,
    String parameter,
    BigDecimal value,
    String threshold,
    Instant measuredAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.VitalsAlertRaised.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
