package org.kapcare.notifications.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.scheduling.ProviderRegistered;
import org.kapcare.notifications.recipient.RecipientDirectory;
import org.kapcare.platform.inbox.EventInbox;
import org.kapcare.platform.inbox.EventRoutes;

/** What the other services tell the notification service, one consumer per topic. */
@ApplicationScoped
public class EventConsumers {

  static final String CLINICAL = "notification-service.clinical-events";
  static final String SCHEDULING = "notification-service.scheduling-events";

  private final EventInbox inbox;
  private final EventRoutes clinical;
  private final EventRoutes scheduling;

  EventConsumers(EventInbox inbox, RecipientDirectory recipients) {
    this.inbox = inbox;
    this.clinical =
        EventRoutes.builder()
            .on(ClientEnrolled.TYPE, ClientEnrolled.class, recipients::clientEnrolled)
            .build();
    this.scheduling =
        EventRoutes.builder()
            .on(ProviderRegistered.TYPE, ProviderRegistered.class, recipients::providerRegistered)
            .build();
  }

  @Incoming("clinical-events")
  @Blocking
  public void clinical(String event) {
    inbox.receive(CLINICAL, event, clinical);
  }

  @Incoming("scheduling-events")
  @Blocking
  public void scheduling(String event) {
    inbox.receive(SCHEDULING, event, scheduling);
  }
}
