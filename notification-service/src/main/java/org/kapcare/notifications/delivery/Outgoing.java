package org.kapcare.notifications.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.kapcare.notifications.message.MessageKind;

/**
 * A message to plan: what kind, caused by which event, about which client and appointment, with the
 * template model, due at a time.
 */
public record Outgoing(
    MessageKind kind,
    String sourceEventId,
    UUID clientId,
    String appointmentId,
    UUID alertId,
    Map<String, String> model,
    Instant dueAt) {

  public Outgoing withAlert(UUID alert) {
    return new Outgoing(kind, sourceEventId, clientId, appointmentId, alert, model, dueAt);
  }

  public Outgoing withSource(String source) {
    return new Outgoing(kind, source, clientId, appointmentId, alertId, model, dueAt);
  }
}
