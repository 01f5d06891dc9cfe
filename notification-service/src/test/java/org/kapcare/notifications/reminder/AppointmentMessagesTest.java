package org.kapcare.notifications.reminder;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.notifications.delivery.Delivery;
import org.kapcare.notifications.delivery.DeliveryStatus;
import org.kapcare.notifications.delivery.Dispatcher;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.support.Appointments;
import org.kapcare.notifications.support.ControllableClock;
import org.kapcare.notifications.support.Deliveries;
import org.kapcare.notifications.support.Events;
import org.kapcare.notifications.support.Mailbox;
import org.kapcare.notifications.support.People;
import org.kapcare.notifications.support.People.Person;
import org.kapcare.notifications.support.SmsSink;
import org.kapcare.platform.security.Roles;

/** Confirmations, notices and reminders, against the real SMTP server and SMS sink. */
@QuarkusTest
class AppointmentMessagesTest {

  @Inject EntityManager em;
  @Inject Dispatcher dispatcher;
  @Inject ControllableClock clock;

  @BeforeEach
  void providerAcceptsMessages() {
    SmsSink.acceptAll();
  }

  @Test
  void bookingConfirmationReachesTheClientOnceOnEachChannel() {
    Person client = People.client(em, true);
    Instant startsAt = clock.instant().plus(Duration.ofDays(7));
    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            client.id(), UUID.randomUUID().toString(), "DOSING", startsAt, "loc-1"));

    dispatcher.dispatchDue();

    assertEquals(1, Mailbox.count(client.email()));
    assertThat(
        Mailbox.of(client.email()).get(0).get("subject").toString(), containsString("confirmed"));
    List<String> texts = SmsSink.textsTo(client.phone());
    assertThat(texts, hasSize(1));
    assertThat(texts.get(0), containsString("confirmed"));
    List<Delivery> confirmations = of(client, MessageKind.BOOKING_CONFIRMED);
    assertThat(
        confirmations.stream().map(d -> d.channel + ":" + d.status).toList(),
        containsInAnyOrder("EMAIL:SENT", "SMS:SENT", "IN_APP:SENT"));
    confirmations.forEach(d -> assertTrue(d.providerMessageId != null, "provider message id"));
    assertThat(SmsSink.authorizationsTo(client.phone()), everyItem(startsWith("Basic ")));
  }

  @Test
  void redeliveredEventSendsNothing() {
    Person client = People.client(em, true);
    var booked =
        Appointments.appointment(
            client.id(),
            UUID.randomUUID().toString(),
            "PREPARATION",
            clock.instant().plus(Duration.ofDays(5)),
            "loc-1");
    String eventId = UUID.randomUUID().toString();
    Events.publish(Topics.SCHEDULING_EVENTS, eventId, Step.BOOKED.type, booked);
    Events.awaitConsumed(em, eventId);
    dispatcher.dispatchDue();

    Events.publish(Topics.SCHEDULING_EVENTS, eventId, Step.BOOKED.type, booked);
    // A later event of the same client is consumed after the copy (one partition per client).
    Appointments.publish(
        em,
        Step.COMPLETED,
        Appointments.appointment(
            client.id(), UUID.randomUUID().toString(), "INTEGRATION", clock.instant(), "loc-1"));
    dispatcher.dispatchDue();

    assertEquals(1, Mailbox.count(client.email()));
    assertThat(SmsSink.textsTo(client.phone()), hasSize(1));
    assertEquals(1, Events.processed(em, eventId));
    assertEquals(3, of(client, MessageKind.BOOKING_CONFIRMED).size());
  }

  @Test
  void smsNeedsOptIn() {
    Person client = People.client(em, false);
    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            client.id(),
            UUID.randomUUID().toString(),
            "DOSING",
            clock.instant().plus(Duration.ofDays(3)),
            "loc-1"));
    dispatcher.dispatchDue();

    assertThat(SmsSink.textsTo(client.phone()), empty());
    assertEquals(1, Mailbox.count(client.email()));
    assertTrue(Deliveries.to(client.id()).stream().noneMatch(d -> d.channel == Channel.SMS));
  }

  @Test
  void channelsFollowThePersonsSettings() {
    // SMS consent comes from the chart (ClientEnrolled); preferences only turn channels off or on.
    Person client = People.client(em, true);
    io.restassured.RestAssured.given()
        .header("Authorization", org.kapcare.testing.DemoUser.ADAM_ADMIN.bearer())
        .header("If-Match", "*")
        .contentType(io.restassured.http.ContentType.JSON)
        .body(
            java.util.Map.of(
                "timeZone", "America/Chicago", "language", "en", "emailEnabled", false))
        .put("/recipients/" + client.id() + "/preferences")
        .then()
        .statusCode(200)
        .body("smsOptIn", org.hamcrest.Matchers.equalTo(true))
        .body("emailEnabled", org.hamcrest.Matchers.equalTo(false))
        .body("smsEnabled", org.hamcrest.Matchers.equalTo(true));
    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            client.id(),
            UUID.randomUUID().toString(),
            "PREPARATION",
            clock.instant().plus(Duration.ofDays(30)),
            "loc-1"));
    dispatcher.dispatchDue();

    assertEquals(0, Mailbox.count(client.email()));
    List<String> texts = SmsSink.textsTo(client.phone());
    assertThat(texts, hasSize(1));
    assertThat(texts.get(0), containsString("CST"));
    assertThat(
        of(client, MessageKind.BOOKING_CONFIRMED).stream().map(d -> d.channel.name()).toList(),
        containsInAnyOrder("SMS", "IN_APP"));
  }

  @Test
  void messagesTellTheTimeWhereTheAppointmentHappens() {
    // The case: a New York client booked at 09:10 in Denver.
    Person client = People.client(em, true, "America/New_York");
    Instant nineTenInDenver = Instant.parse("2027-01-12T16:10:00Z");
    Appointments.publish(
        em,
        Step.BOOKED,
        new AppointmentChanged(
            client.id(),
            UUID.randomUUID().toString(),
            "DOSING",
            "BOOKED",
            nineTenInDenver,
            nineTenInDenver.plus(Duration.ofHours(2)),
            "America/Denver",
            "loc-denver",
            List.of(UUID.randomUUID().toString()),
            null,
            null,
            Instant.now()));
    dispatcher.dispatchDue();

    String when = "Tue, Jan 12, 2027 at 9:10 AM MST (America/Denver), 11:10 AM EST your time";
    List<String> texts = SmsSink.textsTo(client.phone());
    assertThat(texts, hasSize(1));
    assertThat(texts.get(0), containsString("confirmed for " + when + ". Details:"));
    assertEquals(
        "Your dosing is booked for " + when + ".",
        inboxBody(inApp(client, MessageKind.BOOKING_CONFIRMED)));
  }

  @Test
  void remindersGoOutAt48And2HoursBeforeAndNotEarlier() {
    Person client = People.client(em, true);
    Instant startsAt = clock.instant().plus(Duration.ofDays(4));
    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            client.id(), UUID.randomUUID().toString(), "DOSING", startsAt, "loc-1"));
    dispatcher.dispatchDue();
    assertEquals(1, Mailbox.count(client.email()), "the confirmation only");

    advanceTo(startsAt.minus(Duration.ofHours(48)).minusSeconds(30));
    dispatcher.dispatchDue();
    assertEquals(1, Mailbox.count(client.email()), "not before 48 h");

    advanceTo(startsAt.minus(Duration.ofHours(48)));
    dispatcher.dispatchDue();
    assertEquals(2, Mailbox.count(client.email()));
    List<String> texts = SmsSink.textsTo(client.phone());
    assertThat(texts.get(texts.size() - 1), containsString("reminder"));

    advanceTo(startsAt.minus(Duration.ofHours(2)));
    dispatcher.dispatchDue();
    assertEquals(3, Mailbox.count(client.email()));
    assertThat(SmsSink.textsTo(client.phone()), hasSize(3));
    List<Delivery> inApp =
        of(client, MessageKind.REMINDER).stream().filter(d -> d.channel == Channel.IN_APP).toList();
    assertEquals(2, inApp.size());
    assertTrue(inApp.stream().allMatch(d -> d.status == DeliveryStatus.SENT));
  }

  @Test
  void rescheduleCancelsTheOldReminder() {
    Person client = People.client(em, true);
    Instant first = clock.instant().plus(Duration.ofDays(3));
    AppointmentChanged booked =
        Appointments.appointment(client.id(), UUID.randomUUID().toString(), "DOSING", first, "l");
    Appointments.publish(em, Step.BOOKED, booked);
    Instant second = first.plus(Duration.ofDays(2));
    Appointments.publish(em, Step.RESCHEDULED, Appointments.movedTo(booked, second));

    // Seconds: the database keeps microseconds.
    List<Long> waiting =
        of(client, MessageKind.REMINDER).stream()
            .filter(d -> d.status == DeliveryStatus.QUEUED)
            .map(d -> d.dueAt.getEpochSecond())
            .distinct()
            .toList();
    assertThat(
        waiting,
        containsInAnyOrder(
            second.minus(Duration.ofHours(48)).getEpochSecond(),
            second.minus(Duration.ofHours(2)).getEpochSecond()));

    advanceTo(first.minus(Duration.ofHours(2)));
    dispatcher.dispatchDue();
    // The confirmation and the change notice; the reminders of the old time never go out.
    assertEquals(2, Mailbox.count(client.email()));
    assertThat(Mailbox.text(client.email()), not(containsString("Reminder")));
  }

  @Test
  void changesWithinTheDebounceSendOneNotice() {
    Person client = People.client(em, true);
    Instant first = clock.instant().plus(Duration.ofDays(10));
    AppointmentChanged booked =
        Appointments.appointment(client.id(), UUID.randomUUID().toString(), "DOSING", first, "l");
    Appointments.publish(em, Step.BOOKED, booked);
    dispatcher.dispatchDue();

    AppointmentChanged moved = Appointments.movedTo(booked, first.plus(Duration.ofDays(1)));
    Appointments.publish(em, Step.RESCHEDULED, moved);
    clock.advance(Duration.ofMinutes(2));
    dispatcher.dispatchDue();
    assertEquals(1, Mailbox.count(client.email()), "the notice waits out the debounce");
    Appointments.publish(em, Step.CANCELLED, moved);

    clock.advance(Duration.ofMinutes(2));
    dispatcher.dispatchDue();
    assertEquals(1, Mailbox.count(client.email()), "the cancellation restarted the wait");

    clock.advance(Duration.ofMinutes(2));
    dispatcher.dispatchDue();
    assertEquals(2, Mailbox.count(client.email()));
    assertThat(
        Mailbox.of(client.email()).get(1).get("subject").toString(), containsString("cancelled"));
    List<String> texts = SmsSink.textsTo(client.phone());
    assertThat(texts, hasSize(2));
    assertThat(texts.get(1), containsString("cancelled"));
    assertTrue(
        of(client, MessageKind.REMINDER).stream()
            .noneMatch(d -> d.status == DeliveryStatus.QUEUED));
  }

  @Test
  void noShowFollowsUpWithTheClientAndTheCoordinator() {
    Person coordinator = People.staff(em, Roles.COORDINATOR);
    Person client = People.client(em, false);
    Appointments.publish(
        em,
        Step.NO_SHOW,
        Appointments.appointment(
            client.id(), UUID.randomUUID().toString(), "DOSING", clock.instant(), "l"));
    dispatcher.dispatchDue();

    assertEquals(1, Mailbox.count(client.email()));
    assertThat(
        Mailbox.of(client.email()).get(0).get("subject").toString(), containsString("missed you"));
    assertThat(
        Deliveries.to(coordinator.id()).stream().map(d -> d.kind + ":" + d.channel).toList(),
        containsInAnyOrder("NO_SHOW_STAFF:EMAIL", "NO_SHOW_STAFF:IN_APP"));
    assertEquals(1, Mailbox.count(coordinator.email()));
  }

  @Test
  void reminderClaimedByTwoReplicasAtOnceIsSentOnce() throws Exception {
    Person client = People.client(em, true);
    Instant startsAt = clock.instant().plus(Duration.ofDays(3));
    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            client.id(), UUID.randomUUID().toString(), "DOSING", startsAt, "l"));
    advanceTo(startsAt.minus(Duration.ofHours(48)));

    Thread other = new Thread(dispatcher::dispatchDue);
    other.start();
    dispatcher.dispatchDue();
    other.join();
    dispatcher.dispatchDue();

    assertEquals(2, Mailbox.count(client.email()), "confirmation and one reminder");
    assertThat(SmsSink.textsTo(client.phone()), hasSize(2));
  }

  @Test
  void freeTextCancellationReasonNeverReachesAParticipant() {
    Person client = People.client(em, false);
    Person other = People.client(em, false);
    String group = UUID.randomUUID().toString();
    Instant startsAt = clock.instant().plus(Duration.ofDays(12));
    String freeText = "Sam relapsed after the ketamine session and is in hospital";
    Appointments.publish(em, Step.CANCELLED, cancelled(client, group, startsAt, freeText));
    Appointments.publish(em, Step.CANCELLED, cancelled(other, group, startsAt, "ILLNESS"));
    clock.advance(Duration.ofMinutes(4));
    dispatcher.dispatchDue();

    Delivery forged = inApp(client, MessageKind.APPOINTMENT_CANCELLED);
    assertTrue(!forged.model.containsKey("reason"), "free text is not even kept");
    String body = inboxBody(forged);
    assertThat(body, containsString("is cancelled"));
    assertThat(body, not(containsString("relapsed")));
    assertThat(body, not(containsString("Reason")));
    assertThat(
        inboxBody(inApp(other, MessageKind.APPOINTMENT_CANCELLED)),
        containsString("Reason: illness."));
    assertThat(Mailbox.text(client.email()), not(containsString("relapsed")));
  }

  private static AppointmentChanged cancelled(
      Person client, String appointmentId, Instant startsAt, String reason) {
    AppointmentChanged booked =
        Appointments.appointment(client.id(), appointmentId, "GROUP_INTEGRATION", startsAt, "l");
    return new AppointmentChanged(
        booked.clientId(),
        booked.appointmentId(),
        booked.appointmentType(),
        "CANCELLED",
        booked.startsAt(),
        booked.endsAt(),
        booked.timeZone(),
        booked.locationId(),
        booked.providerIds(),
        null,
        reason,
        Instant.now());
  }

  private static Delivery inApp(Person client, MessageKind kind) {
    return of(client, kind).stream()
        .filter(d -> d.channel == Channel.IN_APP)
        .findFirst()
        .orElseThrow();
  }

  private static String inboxBody(Delivery delivery) {
    return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(
            () ->
                org.kapcare.notifications.inbox.InboxItem
                    .<org.kapcare.notifications.inbox.InboxItem>find("deliveryId", delivery.id)
                    .singleResult()
                    .body);
  }

  private static List<Delivery> of(Person client, MessageKind kind) {
    return Deliveries.to(client.id()).stream().filter(d -> d.kind == kind).toList();
  }

  private void advanceTo(Instant at) {
    Duration gap = Duration.between(clock.instant(), at);
    if (!gap.isNegative()) {
      clock.advance(gap.plusMillis(50));
    }
  }
}
