package org.kapcare.notifications.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kapcare.contracts.notification.NotificationAcknowledged;
import org.kapcare.notifications.delivery.Delivery;
import org.kapcare.notifications.escalation.Alerts;
import org.kapcare.notifications.template.RenderedMessage;
import org.kapcare.platform.http.Cursor;
import org.kapcare.platform.http.EntityVersions;
import org.kapcare.platform.http.Page;
import org.kapcare.platform.outbox.Outbox;
import org.kapcare.platform.problem.ProblemException;
import org.kapcare.platform.security.Caller;

/** Each person's inbox: filled by in-app deliveries, read and acknowledged by its owner only. */
@ApplicationScoped
@Transactional
public class Inbox {

  private final Caller caller;
  private final Clock clock;
  private final InboxStream stream;
  private final Alerts alerts;
  private final Outbox outbox;
  private final TransactionSynchronizationRegistry transactions;

  Inbox(
      Caller caller,
      Clock clock,
      InboxStream stream,
      Alerts alerts,
      Outbox outbox,
      TransactionSynchronizationRegistry transactions) {
    this.caller = caller;
    this.clock = clock;
    this.stream = stream;
    this.alerts = alerts;
    this.outbox = outbox;
    this.transactions = transactions;
  }

  /**
   * The in-app channel: puts the message in the inbox and announces it once committed. Runs in the
   * transaction that marks the delivery sent, so a delivery never gets a second item (and the
   * unique delivery id would refuse one).
   */
  public UUID deliver(Delivery delivery, RenderedMessage message) {
    InboxItem item = new InboxItem();
    item.id = UUID.randomUUID();
    item.deliveryId = delivery.id;
    item.recipientId = delivery.recipientId;
    item.kind = delivery.kind;
    item.clientId = delivery.clientId;
    item.alertId = delivery.alertId;
    item.urgent = delivery.kind.urgent();
    item.title = message.subject();
    item.body = message.body();
    item.createdAt = clock.instant();
    item.persist();
    InboxItemView view = InboxItemView.of(item);
    UUID recipient = item.recipientId;
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              stream.publish(recipient, view);
            }
          }
        });
    return item.id;
  }

  /** The caller's inbox, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<InboxItemView> list(String cursorValue, int limit) {
    Cursor cursor = Cursor.decode(cursorValue);
    UUID me = me();
    List<InboxItem> items =
        cursor == null
            ? InboxItem.find("recipientId = ?1 order by createdAt desc, id desc", me)
                .page(0, limit + 1)
                .list()
            : InboxItem.find(
                    "recipientId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3))"
                        + " order by createdAt desc, id desc",
                    me,
                    cursor.at(),
                    cursor.id())
                .page(0, limit + 1)
                .list();
    String next = null;
    if (items.size() > limit) {
      items = items.subList(0, limit);
      InboxItem last = items.get(limit - 1);
      next = new Cursor(last.createdAt, last.id).encode();
    }
    return new Page<>(items.stream().map(InboxItemView::of).toList(), next);
  }

  /**
   * What {@code recipient} received after {@code seen}, oldest first (at most a page): what a
   * reconnecting stream missed. Called without the request's context, so the person is explicit.
   */
  public List<InboxItemView> after(UUID recipient, InboxItem seen) {
    return InboxItem.<InboxItem>find(
            "recipientId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3))"
                + " order by createdAt, id",
            recipient,
            seen.createdAt,
            seen.id)
        .page(0, Cursor.MAX_LIMIT)
        .list()
        .stream()
        .map(InboxItemView::of)
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long unreadCount() {
    return InboxItem.count("recipientId = ?1 and readAt is null", me());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public InboxItem get(UUID id) {
    return own(id);
  }

  public InboxItem markRead(UUID id) {
    InboxItem item = own(id);
    if (item.readAt == null) {
      item.readAt = clock.instant();
      InboxItem.flush();
    }
    return item;
  }

  /**
   * The owner confirms they have seen it: an alert stops escalating, and the team learns who
   * acknowledged it (NotificationAcknowledged).
   */
  public InboxItem acknowledge(UUID id, String ifMatch) {
    InboxItem item = own(id);
    if (ifMatch != null) {
      EntityVersions.requireMatch(ifMatch, item.version);
    }
    if (!item.kind.needsAcknowledgment()) {
      throw ProblemException.ruleConflict(
          "nothing-to-acknowledge",
          "Nothing to acknowledge",
          "this message does not need an acknowledgment");
    }
    if (item.acknowledgedAt != null) {
      return item;
    }
    Instant now = clock.instant();
    item.acknowledgedAt = now;
    if (item.readAt == null) {
      item.readAt = now;
    }
    Delivery delivery = Delivery.findById(item.deliveryId);
    String sourceEventId = delivery.sourceEventId;
    if (item.alertId != null) {
      sourceEventId = alerts.acknowledge(item.alertId, item.recipientId, now);
    }
    outbox.record(
        NotificationAcknowledged.TYPE,
        new NotificationAcknowledged(
            item.clientId == null ? null : item.clientId.toString(),
            item.id.toString(),
            sourceEventId,
            item.recipientId.toString(),
            now));
    InboxItem.flush();
    return item;
  }

  /** Someone else's item is answered as unknown: its existence is not revealed. */
  private InboxItem own(UUID id) {
    InboxItem item = InboxItem.findById(id);
    if (item == null || !item.recipientId.equals(me())) {
      throw ProblemException.notFound("inbox item", id);
    }
    return item;
  }

  private UUID me() {
    return UUID.fromString(caller.id());
  }
}
