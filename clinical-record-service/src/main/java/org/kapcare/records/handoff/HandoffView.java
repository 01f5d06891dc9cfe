package org.kapcare.records.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.clinical.CareNoteShared.Priority;

/** A handoff and whether it was acknowledged. */
public record HandoffView(
    UUID id,
    UUID clientId,
    UUID authorId,
    String body,
    List<UUID> recipientIds,
    List<String> recipientRoles,
    Priority priority,
    Instant sharedAt,
    boolean acknowledged,
    UUID acknowledgedBy,
    Instant acknowledgedAt) {

  static HandoffView of(Handoff h) {
    return new HandoffView(
        h.id,
        h.clientId,
        h.authorId,
        h.body,
        h.recipientIds,
        h.recipientRoles,
        h.priority,
        h.sharedAt,
        h.acknowledgedAt != null,
        h.acknowledgedBy,
        h.acknowledgedAt);
  }
}
