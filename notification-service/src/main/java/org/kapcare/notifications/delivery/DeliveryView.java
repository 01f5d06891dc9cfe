package org.kapcare.notifications.delivery;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kapcare.notifications.message.Channel;

/** A delivery and its attempts, for staff and admins. Carries no message content. */
public record DeliveryView(
    UUID id,
    @Schema(
            description =
                "The message kind (a MessageKind name), or CLINICAL for a kind that is itself a"
                    + " clinical fact the caller may not read in the chart",
            example = "BOOKING_CONFIRMED")
        String kind,
    Channel channel,
    UUID recipientId,
    UUID clientId,
    @Schema(description = "The event that caused it; absent when the kind is CLINICAL")
        String sourceEventId,
    DeliveryStatus status,
    int attempts,
    Instant dueAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String providerMessageId,
    String lastError,
    Instant createdAt) {

  /** What a clinical kind is shown as to someone who may not read it. */
  public static final String CLINICAL = "CLINICAL";

  static DeliveryView of(Delivery d) {
    return of(d, d.kind.name(), d.sourceEventId);
  }

  /** The delivery without what would tell its clinical kind. */
  static DeliveryView clinical(Delivery d) {
    return of(d, CLINICAL, null);
  }

  private static DeliveryView of(Delivery d, String kind, String sourceEventId) {
    return new DeliveryView(
        d.id,
        kind,
        d.channel,
        d.recipientId,
        d.clientId,
        sourceEventId,
        d.status,
        d.attempts,
        d.dueAt,
        d.nextAttemptAt,
        d.sentAt,
        d.providerMessageId,
        d.lastError,
        d.createdAt);
  }
}
