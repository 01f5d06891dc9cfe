package org.kapcare.notifications.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.kapcare.contracts.scheduling.ProviderRegistered;
import org.kapcare.notifications.recipient.RecipientDirectory;
import org.kapcare.platform.inbox.EventInbox;
import org.kapcare.platform.inbox.EventRoutes;

/** What scheduling tells the notification service. */
@ApplicationScoped
public class SchedulingEventsConsumer {

  static final String CONSUMER = "notification-service.scheduling-events";

  private final EventInbox inbox;
  private final EventRoutes routes;

  SchedulingEventsConsumer(EventInbox inbox, RecipientDirectory recipients) {
    this.inbox = inbox;
    this.routes =
        EventRoutes.builder()
            .on(ProviderRegistered.TYPE, ProviderRegistered.class, recipients::providerRegistered)
            .build();
  }

  @Incoming("scheduling-events")
  @Blocking
  public void consume(String event) {
    inbox.receive(CONSUMER, event, routes);
  }
}
