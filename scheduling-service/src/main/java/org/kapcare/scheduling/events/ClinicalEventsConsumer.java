package org.kapcare.scheduling.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.clinical.DosingSessionCompleted;
import org.kapcare.contracts.clinical.EligibilityDecided;
import org.kapcare.contracts.clinical.PreparationCompleted;
import org.kapcare.contracts.clinical.TreatmentPlanApproved;
import org.kapcare.platform.inbox.EventInbox;
import org.kapcare.platform.inbox.EventRoutes;
import org.kapcare.scheduling.appointment.CoursePlanner;
import org.kapcare.scheduling.appointment.IntegrationBooking;
import org.kapcare.scheduling.client.ClientProjection;

/** What the clinical record tells scheduling. */
@ApplicationScoped
public class ClinicalEventsConsumer {

  static final String CONSUMER = "scheduling-service.clinical-events";

  private final EventInbox inbox;
  private final EventRoutes routes;

  ClinicalEventsConsumer(
      EventInbox inbox,
      ClientProjection clients,
      IntegrationBooking integrations,
      CoursePlanner courses) {
    this.inbox = inbox;
    this.routes =
        EventRoutes.builder()
            .on(ClientEnrolled.TYPE, ClientEnrolled.class, clients::enrolled)
            .on(CareTeamAssigned.TYPE, CareTeamAssigned.class, clients::careTeamAssigned)
            .on(EligibilityDecided.TYPE, EligibilityDecided.class, clients::eligibilityDecided)
            .on(TreatmentPlanApproved.TYPE, TreatmentPlanApproved.class, courses::planApproved)
            .on(
                PreparationCompleted.TYPE,
                PreparationCompleted.class,
                clients::preparationCompleted)
            .on(
                DosingSessionCompleted.TYPE,
                DosingSessionCompleted.class,
                integrations::dosingCompleted)
            .build();
  }

  @Incoming("clinical-events")
  @Blocking
  public void consume(String event) {
    inbox.receive(CONSUMER, event, routes);
  }
}
