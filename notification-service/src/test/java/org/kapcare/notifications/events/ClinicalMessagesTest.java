package org.kapcare.notifications.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.clinical.BreakGlassAccessed;
import org.kapcare.contracts.clinical.BreakGlassReviewOverdue;
import org.kapcare.contracts.clinical.CareNoteShared;
import org.kapcare.contracts.clinical.DosingSessionCompleted;
import org.kapcare.contracts.clinical.Route;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.contracts.scheduling.IntegrationUnscheduled;
import org.kapcare.notifications.delivery.Dispatcher;
import org.kapcare.notifications.support.Appointments;
import org.kapcare.notifications.support.ControllableClock;
import org.kapcare.notifications.support.Deliveries;
import org.kapcare.notifications.support.Events;
import org.kapcare.notifications.support.Mailbox;
import org.kapcare.notifications.support.People;
import org.kapcare.notifications.support.People.Person;
import org.kapcare.platform.security.Roles;

/** What one team member records reaches exactly the others who need it. */
@QuarkusTest
class ClinicalMessagesTest {

  @Inject EntityManager em;
  @Inject Dispatcher dispatcher;
  @Inject ControllableClock clock;

  @org.junit.jupiter.api.BeforeEach
  void providerAcceptsMessages() {
    org.kapcare.notifications.support.SmsSink.acceptAll();
  }

  @Test
  void enrolledClientIsWelcomedOnEveryChannelTheyAllow() {
    org.kapcare.contracts.clinical.ClientEnrolled enrolled = enrolledAt(clock.instant());
    String clientId = enrolled.clientId();

    consumed(Events.clinical(org.kapcare.contracts.clinical.ClientEnrolled.TYPE, enrolled));
    dispatcher.dispatchDue();

    assertThat(
        channels(clientId), containsInAnyOrder("WELCOME:EMAIL", "WELCOME:SMS", "WELCOME:IN_APP"));
    assertEquals(1, Mailbox.count(enrolled.email()));
    assertThat(Mailbox.text(enrolled.email()), org.hamcrest.Matchers.containsString("Welcome"));
  }

  @Test
  void enrollmentReadAgainFromHistoryIsNotWelcomedAgain() {
    org.kapcare.contracts.clinical.ClientEnrolled enrolled =
        enrolledAt(clock.instant().minus(java.time.Duration.ofDays(30)));
    String clientId = enrolled.clientId();

    consumed(Events.clinical(org.kapcare.contracts.clinical.ClientEnrolled.TYPE, enrolled));
    dispatcher.dispatchDue();

    assertThat(Deliveries.to(clientId), empty());
    assertEquals(0, Mailbox.count(enrolled.email()));
  }

  @Test
  void referralFromAPartnerReachesTheCoordinatorsOnly() {
    Person coordinator = People.staff(em, Roles.COORDINATOR);
    Person therapist = People.staff(em, Roles.THERAPIST);

    consumed(
        Events.clinical(
            org.kapcare.contracts.clinical.ReferralReceived.TYPE,
            new org.kapcare.contracts.clinical.ReferralReceived(
                UUID.randomUUID().toString(),
                "partner-clinic",
                org.kapcare.contracts.clinical.ReferralReceived.Urgency.PRIORITY,
                Instant.now())));
    dispatcher.dispatchDue();

    assertThat(
        channels(coordinator),
        containsInAnyOrder("REFERRAL_RECEIVED:EMAIL", "REFERRAL_RECEIVED:IN_APP"));
    assertEquals(1, Mailbox.count(coordinator.email()));
    assertThat(channels(therapist), empty());
  }

  @Test
  void dosingSummaryGoesToTheTherapistAndThePrescriber() {
    Person therapist = People.staff(em, Roles.THERAPIST);
    Person prescriber = People.staff(em, Roles.PRESCRIBER);
    Person nurse = People.staff(em, Roles.NURSE);
    Person client = People.client(em, true);
    People.careTeam(em, client, therapist, prescriber, nurse);

    consumed(
        Events.clinical(
            DosingSessionCompleted.TYPE,
            new DosingSessionCompleted(
                client.id(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                Route.IV,
                new BigDecimal("35.0"),
                95,
                1,
                false,
                Instant.now())));
    dispatcher.dispatchDue();

    for (Person p : List.of(therapist, prescriber)) {
      assertThat(channels(p), containsInAnyOrder("DOSING_SUMMARY:EMAIL", "DOSING_SUMMARY:IN_APP"));
      assertEquals(1, Mailbox.count(p.email()));
    }
    assertThat(channels(nurse), empty());
    assertThat(channels(client), empty());
  }

  @Test
  void careNoteReachesTheAddressedPeopleAndRolesButNotItsAuthor() {
    Person author = People.staff(em, Roles.THERAPIST);
    Person addressed = People.staff(em, Roles.CHAPLAIN);
    Person nurse = People.staff(em, Roles.NURSE);
    Person prescriber = People.staff(em, Roles.PRESCRIBER);
    Person client = People.client(em, false);
    People.careTeam(em, client, author, prescriber, nurse);

    consumed(
        Events.clinical(
            CareNoteShared.TYPE,
            new CareNoteShared(
                client.id(),
                UUID.randomUUID().toString(),
                author.id(),
                List.of(addressed.id(), author.id()),
                List.of(Roles.NURSE),
                CareNoteShared.Priority.ROUTINE,
                Instant.now())));
    dispatcher.dispatchDue();

    assertThat(channels(addressed), containsInAnyOrder("CARE_NOTE:EMAIL", "CARE_NOTE:IN_APP"));
    assertThat(channels(nurse), containsInAnyOrder("CARE_NOTE:EMAIL", "CARE_NOTE:IN_APP"));
    assertThat(channels(author), empty());
    assertThat(channels(prescriber), empty());
  }

  @Test
  void integrationThatCouldNotBeBookedAlertsCoordinators() {
    Person coordinator = People.staff(em, Roles.COORDINATOR);
    Person therapist = People.staff(em, Roles.THERAPIST);
    Person client = People.client(em, true);
    consumed(
        Events.scheduling(
            IntegrationUnscheduled.TYPE,
            new IntegrationUnscheduled(
                client.id(),
                UUID.randomUUID().toString(),
                therapist.id(),
                Instant.now().plusSeconds(86_400),
                Instant.now().plusSeconds(3 * 86_400),
                Instant.now())));
    dispatcher.dispatchDue();

    assertThat(
        channels(coordinator),
        containsInAnyOrder("INTEGRATION_UNSCHEDULED:EMAIL", "INTEGRATION_UNSCHEDULED:IN_APP"));
    assertThat(channels(therapist), empty());
    assertThat(channels(client), empty());
  }

  @Test
  void integrationBookedConfirmsToTheClientAndTellsTheTherapist() {
    Person therapist = People.staff(em, Roles.THERAPIST);
    Person client = People.client(em, false);
    var booked =
        new org.kapcare.contracts.scheduling.AppointmentChanged(
            client.id(),
            UUID.randomUUID().toString(),
            "INTEGRATION",
            "BOOKED",
            clock.instant().plusSeconds(2 * 86_400),
            clock.instant().plusSeconds(2 * 86_400 + 3600),
            "America/New_York",
            "l",
            List.of(therapist.id()),
            null,
            null,
            Instant.now());
    Appointments.publish(em, Step.BOOKED, booked);
    dispatcher.dispatchDue();

    assertThat(
        channels(therapist),
        containsInAnyOrder("INTEGRATION_BOOKED:EMAIL", "INTEGRATION_BOOKED:IN_APP"));
    assertThat(
        channels(client),
        containsInAnyOrder(
            "BOOKING_CONFIRMED:EMAIL",
            "BOOKING_CONFIRMED:IN_APP",
            "REMINDER:EMAIL",
            "REMINDER:IN_APP"));
  }

  @Test
  void breakGlassAccessAlertsAdmins() {
    Person admin = People.staff(em, Roles.ADMIN);
    Person clinician = People.staff(em, Roles.PRESCRIBER);
    Person client = People.client(em, false);
    consumed(
        Events.clinical(
            BreakGlassAccessed.TYPE,
            new BreakGlassAccessed(
                client.id(),
                UUID.randomUUID().toString(),
                clinician.id(),
                Roles.PRESCRIBER,
                Instant.now())));
    dispatcher.dispatchDue();

    assertThat(channels(admin), containsInAnyOrder("BREAK_GLASS:EMAIL", "BREAK_GLASS:IN_APP"));
    assertThat(channels(clinician), empty());
  }

  @Test
  void breakGlassUseNotReviewedInTimeIsEscalatedToEveryAdmin() {
    Person admin = People.staff(em, Roles.ADMIN);
    Person clinician = People.staff(em, Roles.THERAPIST);
    Person client = People.client(em, false);
    consumed(
        Events.clinical(
            BreakGlassReviewOverdue.TYPE,
            new BreakGlassReviewOverdue(
                client.id(),
                UUID.randomUUID().toString(),
                clinician.id(),
                Instant.now().minusSeconds(25 * 3600),
                Instant.now().minusSeconds(3600))));
    dispatcher.dispatchDue();

    assertThat(
        channels(admin),
        containsInAnyOrder(
            "BREAK_GLASS_REVIEW_OVERDUE:EMAIL", "BREAK_GLASS_REVIEW_OVERDUE:IN_APP"));
    assertThat(channels(clinician), empty());
  }

  @Test
  void outcomeReviewPromptsThePrescriberAndTheTherapist() {
    Person therapist = People.staff(em, Roles.THERAPIST);
    Person prescriber = People.staff(em, Roles.PRESCRIBER);
    Person client = People.client(em, false);
    People.careTeam(em, client, therapist, prescriber);
    var event =
        new org.kapcare.contracts.clinical.AssessmentRecorded(
            client.id(),
            UUID.randomUUID().toString(),
            "PHQ-9",
            14,
            "moderate",
            false,
            false,
            false,
            true,
            Instant.now());
    consumed(Events.clinical(org.kapcare.contracts.clinical.AssessmentRecorded.TYPE, event));
    dispatcher.dispatchDue();

    for (Person p : List.of(therapist, prescriber)) {
      assertThat(channels(p), containsInAnyOrder("OUTCOME_REVIEW:EMAIL", "OUTCOME_REVIEW:IN_APP"));
    }
  }

  @Test
  void eligibilityDecisionReachesTheClientAndTheRestOfTheTeam() {
    Person therapist = People.staff(em, Roles.THERAPIST);
    Person prescriber = People.staff(em, Roles.PRESCRIBER);
    Person client = People.client(em, true);
    People.careTeam(em, client, therapist, prescriber);
    consumed(
        Events.clinical(
            org.kapcare.contracts.clinical.EligibilityDecided.TYPE,
            new org.kapcare.contracts.clinical.EligibilityDecided(
                client.id(),
                UUID.randomUUID().toString(),
                org.kapcare.contracts.clinical.EligibilityDecided.Decision.APPROVED,
                Instant.now().plusSeconds(90 * 86_400),
                prescriber.id(),
                Instant.now())));
    dispatcher.dispatchDue();

    assertThat(
        channels(client),
        containsInAnyOrder("ELIGIBILITY_DECIDED:EMAIL", "ELIGIBILITY_DECIDED:IN_APP"));
    assertThat(
        channels(therapist),
        containsInAnyOrder("ELIGIBILITY_DECIDED:EMAIL", "ELIGIBILITY_DECIDED:IN_APP"));
    assertThat(channels(prescriber), empty());
    assertThat(
        Mailbox.text(client.email()).toLowerCase(),
        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("approved")));
  }

  @Test
  void waitlistOfferReachesTheWaitingClient() {
    Person client = People.client(em, true);
    consumed(
        Events.scheduling(
            org.kapcare.contracts.scheduling.WaitlistSlotOffered.TYPE,
            new org.kapcare.contracts.scheduling.WaitlistSlotOffered(
                client.id(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "DOSING",
                clock.instant().plusSeconds(3 * 86_400),
                "America/Denver",
                UUID.randomUUID().toString(),
                clock.instant().plusSeconds(3_600),
                Instant.now())));
    dispatcher.dispatchDue();

    assertThat(
        channels(client),
        containsInAnyOrder("WAITLIST_OFFER:EMAIL", "WAITLIST_OFFER:SMS", "WAITLIST_OFFER:IN_APP"));
    assertThat(
        org.kapcare.notifications.support.SmsSink.textsTo(client.phone()),
        org.hamcrest.Matchers.hasSize(1));
  }

  private static org.kapcare.contracts.clinical.ClientEnrolled enrolledAt(Instant at) {
    var sample =
        org.kapcare.notifications.recipient.EnrolledClients.enrolled(UUID.randomUUID().toString());
    return new org.kapcare.contracts.clinical.ClientEnrolled(
        sample.clientId(),
        sample.preferredName(),
        sample.email(),
        sample.phone(),
        sample.smsOptIn(),
        sample.timeZone(),
        sample.language(),
        at);
  }

  private void consumed(String eventId) {
    Events.awaitConsumed(em, eventId);
  }

  private static List<String> channels(Person p) {
    return channels(p.id());
  }

  private static List<String> channels(String recipientId) {
    return Deliveries.to(recipientId).stream().map(d -> d.kind + ":" + d.channel).toList();
  }
}
