package org.kapcare.notifications.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.notifications.recipient.RecipientDirectory;
import org.kapcare.platform.inbox.EventInbox;
import org.kapcare.platform.inbox.EventRoutes;

/** What the clinical record tells the notification service. */
@ApplicationScoped
public class ClinicalEventsConsumer {

  static final String CONSUMER = "notification-service.clinical-events";

  private final EventInbox inbox;
  private final EventRoutes routes;

  ClinicalEventsConsumer(EventInbox inbox, RecipientDirectory recipients) {
    this.inbox = inbox;
    this.routes =
        EventRoutes.builder()
            .on(ClientEnrolled.TYPE, ClientEnrolled.class, recipients::clientEnrolled)
            .build();
  }

  @Incoming("clinical-events")
  @Blocking
  public void consume(String event) {
    inbox.receive(CONSUMER, event, routes);
  }
}
