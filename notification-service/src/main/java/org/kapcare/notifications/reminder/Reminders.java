package org.kapcare.notifications.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kapcare.notifications.delivery.DeliveryPlanner;
import org.kapcare.notifications.delivery.Outgoing;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.policy.NotificationPolicy;

/**
 * Appointment reminders (48 h and 2 h before by default). They are delivery rows with a due time,
 * so a restart neither loses nor repeats them; a reschedule replaces them, a cancellation removes
 * them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Reminders {

  private final DeliveryPlanner planner;
  private final NotificationPolicy policy;
  private final Clock clock;

  Reminders(DeliveryPlanner planner, NotificationPolicy policy, Clock clock) {
    this.planner = planner;
    this.policy = policy;
    this.clock = clock;
  }

  /** Plans one reminder per policy offset that still lies in the future. */
  public void schedule(
      String sourceEventId,
      UUID clientId,
      String appointmentId,
      Instant startsAt,
      Map<String, String> model) {
    Instant now = clock.instant();
    for (Duration offset : policy.reminderOffsets()) {
      Instant due = startsAt.minus(offset);
      if (!due.isAfter(now)) {
        continue;
      }
      Map<String, String> withOffset = new HashMap<>(model);
      withOffset.put("hoursBefore", Long.toString(offset.toHours()));
      planner.plan(
          new Outgoing(
              MessageKind.REMINDER,
              sourceEventId + "/reminder-" + offset,
              clientId,
              appointmentId,
              null,
              withOffset,
              due),
          Set.of(clientId));
    }
  }

  /** Removes the reminders still waiting for this appointment. */
  public void cancel(String appointmentId) {
    planner.cancelPending(appointmentId, MessageKind.REMINDER);
  }
}
