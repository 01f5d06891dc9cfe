package org.kapcare.notifications.inbox;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Live updates of inboxes: each subscriber sees only the items of one person, and only while the
 * token that opened the stream is valid (a stream outliving its token would keep delivering to a
 * user who signed out, was disabled or lost a role). The client reconnects with a fresh token and
 * {@code Last-Event-ID}, and gets what it missed first.
 */
@ApplicationScoped
public class InboxStream {

  private record Published(UUID recipientId, InboxItemView item) {}

  private final BroadcastProcessor<Published> items = BroadcastProcessor.create();

  /** Called once the item's transaction committed. */
  synchronized void publish(UUID recipientId, InboxItemView item) {
    items.onNext(new Published(recipientId, item));
  }

  /**
   * This person's new items for {@code open} (then the stream completes), preceded by {@code
   * missed} (read after the live subscription started, so nothing committed in between is lost; an
   * item in both is sent once).
   */
  public Multi<InboxItemView> of(
      UUID recipientId, Supplier<List<InboxItemView>> missed, Duration open) {
    Multi<InboxItemView> live =
        items.filter(p -> p.recipientId().equals(recipientId)).map(Published::item);
    Multi<InboxItemView> replay =
        Multi.createFrom()
            .deferred(() -> Multi.createFrom().iterable(missed.get()))
            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    return Multi.createBy()
        .merging()
        .streams(live, replay)
        .select()
        .distinct(InboxItemView::id)
        .select()
        .first(open.isNegative() ? Duration.ZERO : open);
  }
}
