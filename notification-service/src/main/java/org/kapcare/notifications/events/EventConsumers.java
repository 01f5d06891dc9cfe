package org.kapcare.notifications.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.kapcare.contracts.clinical.AssessmentRecorded;
import org.kapcare.contracts.clinical.BreakGlassAccessed;
import org.kapcare.contracts.clinical.BreakGlassReviewOverdue;
import org.kapcare.contracts.clinical.CareNoteShared;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.contracts.clinical.DosingSessionCompleted;
import org.kapcare.contracts.clinical.EligibilityDecided;
import org.kapcare.contracts.clinical.PartnerSharingConsented;
import org.kapcare.contracts.clinical.ReferralReceived;
import org.kapcare.contracts.clinical.SmsConsentChanged;
import org.kapcare.contracts.clinical.VitalsAlertRaised;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.contracts.scheduling.CalendarFeedRotated;
import org.kapcare.contracts.scheduling.DutyShiftScheduled;
import org.kapcare.contracts.scheduling.IntegrationUnscheduled;
import org.kapcare.contracts.scheduling.LocationAdded;
import org.kapcare.contracts.scheduling.ProviderRegistered;
import org.kapcare.contracts.scheduling.WaitlistSlotOffered;
import org.kapcare.notifications.duty.DutyRoster;
import org.kapcare.notifications.recipient.Audience;
import org.kapcare.notifications.recipient.RecipientDirectory;
import org.kapcare.notifications.site.Sites;
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

  EventConsumers(
      EventInbox inbox,
      RecipientDirectory recipients,
      Audience audience,
      DutyRoster roster,
      ClinicalMessages clinicalMessages,
      AppointmentMessages appointments,
      AccountNotices notices,
      Sites sites) {
    this.inbox = inbox;
    this.clinical =
        EventRoutes.builder()
            .on(
                ClientEnrolled.TYPE,
                ClientEnrolled.class,
                e -> {
                  recipients.clientEnrolled(e);
                  clinicalMessages.clientEnrolled(e);
                })
            .on(SmsConsentChanged.TYPE, SmsConsentChanged.class, recipients::smsConsentChanged)
            .on(CareTeamAssigned.TYPE, CareTeamAssigned.class, audience::careTeamAssigned)
            .on(
                DosingSessionCompleted.TYPE,
                DosingSessionCompleted.class,
                clinicalMessages::dosingSessionCompleted)
            .on(
                VitalsAlertRaised.TYPE,
                VitalsAlertRaised.class,
                clinicalMessages::vitalsAlertRaised)
            .on(
                AssessmentRecorded.TYPE,
                AssessmentRecorded.class,
                clinicalMessages::assessmentRecorded)
            .on(CareNoteShared.TYPE, CareNoteShared.class, clinicalMessages::careNoteShared)
            .on(
                EligibilityDecided.TYPE,
                EligibilityDecided.class,
                clinicalMessages::eligibilityDecided)
            .on(ReferralReceived.TYPE, ReferralReceived.class, clinicalMessages::referralReceived)
            .on(
                BreakGlassAccessed.TYPE,
                BreakGlassAccessed.class,
                clinicalMessages::breakGlassAccessed)
            .on(
                BreakGlassReviewOverdue.TYPE,
                BreakGlassReviewOverdue.class,
                clinicalMessages::breakGlassReviewOverdue)
            .on(
                PartnerSharingConsented.TYPE,
                PartnerSharingConsented.class,
                notices::partnerSharingConsented)
            .build();
    EventRoutes.Builder schedulingRoutes =
        EventRoutes.builder()
            .on(ProviderRegistered.TYPE, ProviderRegistered.class, recipients::providerRegistered)
            .on(DutyShiftScheduled.TYPE, DutyShiftScheduled.class, roster::shiftScheduled)
            .on(
                WaitlistSlotOffered.TYPE,
                WaitlistSlotOffered.class,
                appointments::waitlistSlotOffered)
            .on(
                IntegrationUnscheduled.TYPE,
                IntegrationUnscheduled.class,
                appointments::integrationUnscheduled)
            .on(CalendarFeedRotated.TYPE, CalendarFeedRotated.class, notices::calendarFeedRotated)
            .on(LocationAdded.TYPE, LocationAdded.class, sites::added);
    for (Step step : Step.values()) {
      schedulingRoutes.on(step.type, AppointmentChanged.class, e -> appointments.on(step, e));
    }
    this.scheduling = schedulingRoutes.build();
  }

  @Incoming("clinical-events")
  @Blocking
  public void clinical(String event) {
    CurrentEvent.during(event, () -> inbox.receive(CLINICAL, event, clinical));
  }

  @Incoming("scheduling-events")
  @Blocking
  public void scheduling(String event) {
    CurrentEvent.during(event, () -> inbox.receive(SCHEDULING, event, scheduling));
  }
}
