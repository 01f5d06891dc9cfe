package org.kapcare.records.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.kapcare.contracts.notification.NotificationAcknowledged;
import org.kapcare.platform.inbox.EventInbox;
import org.kapcare.platform.inbox.EventRoutes;
import org.kapcare.records.handoff.Handoffs;

/** What notification-service tells the record: who acknowledged a handoff, and when. */
@ApplicationScoped
public class NotificationEventsConsumer {

  static final String CONSUMER = "clinical-record-service.notification-events";

  private final EventInbox inbox;
  private final EventRoutes routes;

  NotificationEventsConsumer(EventInbox inbox, Handoffs handoffs) {
    this.inbox = inbox;
    this.routes =
        EventRoutes.builder()
            .on(
                NotificationAcknowledged.TYPE,
                NotificationAcknowledged.class,
                handoffs::acknowledged)
            .build();
  }

  @Incoming("notification-events")
  @Blocking
  public void consume(String event) {
    inbox.receive(CONSUMER, event, routes);
  }
}
