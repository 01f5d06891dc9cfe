package org.kapcare.notifications.support;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.kapcare.contracts.clinical.AssessmentRecorded;
import org.kapcare.contracts.clinical.VitalsAlertRaised;
import org.kapcare.contracts.scheduling.DutyShiftScheduled;

/** Clinical and roster events as the other services publish them. */
public final class Clinical {

  private Clinical() {}

  public static String vitalsAlert(EntityManager em, String clientId) {
    var event =
        new VitalsAlertRaised(
            clientId,
            UUID.randomUUID().toString(),
            UUID.randomUUID().toString(),
            "systolic blood pressure",
            new BigDecimal("186"),
            "> 180 mmHg",
            Instant.now());
    String id = Events.clinical(VitalsAlertRaised.TYPE, event);
    Events.awaitConsumed(em, id);
    return id;
  }

  public static String suicideRisk(EntityManager em, String clientId, boolean reviewDue) {
    var event =
        new AssessmentRecorded(
            clientId,
            UUID.randomUUID().toString(),
            "PHQ-9",
            17,
            "moderately severe",
            true,
            false,
            false,
            reviewDue,
            Instant.now());
    String id = Events.clinical(AssessmentRecorded.TYPE, event);
    Events.awaitConsumed(em, id);
    return id;
  }

  public static void onDuty(
      EntityManager em, String prescriberId, String locationId, Instant from, Instant to) {
    var event =
        new DutyShiftScheduled(
            UUID.randomUUID().toString(), locationId, prescriberId, from, to, Instant.now());
    Events.awaitConsumed(em, Events.scheduling(DutyShiftScheduled.TYPE, event));
  }
}
