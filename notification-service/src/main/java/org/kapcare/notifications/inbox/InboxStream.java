package org.kapcare.notifications.inbox;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Live updates of inboxes: each subscriber sees only the items of one person. */
@ApplicationScoped
public class InboxStream {

  private record Published(UUID recipientId, InboxItemView item) {}

  private final BroadcastProcessor<Published> items = BroadcastProcessor.create();

  /** Called once the item's transaction committed. */
  synchronized void publish(UUID recipientId, InboxItemView item) {
    items.onNext(new Published(recipientId, item));
  }

  /** New items of this person from now on. */
  public Multi<InboxItemView> of(UUID recipientId) {
    return items.filter(p -> p.recipientId().equals(recipientId)).map(Published::item);
  }
}
