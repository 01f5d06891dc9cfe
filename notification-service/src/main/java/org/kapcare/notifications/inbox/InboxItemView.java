package org.kapcare.notifications.inbox;

import java.time.Instant;
import java.util.UUID;
import org.kapcare.notifications.message.MessageKind;

/** An inbox item as its owner sees it. */
public record InboxItemView(
    UUID id,
    MessageKind kind,
    String title,
    String body,
    boolean urgent,
    boolean needsAcknowledgment,
    UUID clientId,
    Instant createdAt,
    Instant readAt,
    Instant acknowledgedAt,
    long version) {

  static InboxItemView of(InboxItem item) {
    return new InboxItemView(
        item.id,
        item.kind,
        item.title,
        item.body,
        item.urgent,
        item.kind.needsAcknowledgment(),
        item.clientId,
        item.createdAt,
        item.readAt,
        item.acknowledgedAt,
        item.version);
  }
}
