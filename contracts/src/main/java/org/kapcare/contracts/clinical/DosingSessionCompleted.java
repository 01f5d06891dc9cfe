package org.kapcare.contracts.clinical;

import java.math.BigDecimal;
import java.time.Instant;
import org.kapcare.contracts.DomainEvent;

/** A signed dosing session record. Ids and figures only: never free text. */
public record DosingSessionCompleted(
    String clientId,
    String sessionRecordId,
    String appointmentId,
    String planId,
    Route route,
    BigDecimal doseMg,
    int monitoringMinutes,
    int vitalsAlertCount,
    boolean adverseEvent,
    Instant completedAt)
    implements DomainEvent {
  public static final String TYPE = "org.kapcare.clinical.DosingSessionCompleted.v1";

  @Override
  public String subject() {
    return clientId;
  }
}
