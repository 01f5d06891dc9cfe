package org.kapcare.notifications.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.clinical.PartnerSharingConsented;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.contracts.scheduling.CalendarFeedRotated;
import org.kapcare.notifications.delivery.Dispatcher;
import org.kapcare.notifications.inbox.InboxItem;
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
import org.kapcare.testing.DemoUser;

/** A person hears at once of what changed on their account, and who did it; never its details. */
@QuarkusTest
class AccountNoticesTest {

  /** A sharing consent recorded on 8 March 2026, valid until 8 September 2026. */
  private static final Instant UNTIL = Instant.parse("2026-09-08T16:00:00Z");

  @Inject EntityManager em;
  @Inject Dispatcher dispatcher;
  @Inject ControllableClock clock;

  @BeforeEach
  void providerAcceptsMessages() {
    SmsSink.acceptAll();
  }

  @Test
  void partnerSharingConsentIsToldToTheClientAtOnceOnEveryChannelEvenInQuietHours() {
    Person client = People.client(em, true);
    quietHoursNow(client);
    // Proof that quiet hours are in effect: a routine confirmation's e-mail and SMS wait.
    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            client.id(),
            UUID.randomUUID().toString(),
            "PREPARATION",
            clock.instant().plus(Duration.ofDays(20)),
            "l"));

    consented(client, false);
    dispatcher.dispatchDue();

    assertThat(
        kinds(client, "PARTNER_SHARING_CONSENTED"),
        containsInAnyOrder("EMAIL:SENT", "SMS:SENT", "IN_APP:SENT"));
    assertThat(
        kinds(client, "BOOKING_CONFIRMED"),
        containsInAnyOrder("EMAIL:QUEUED", "SMS:QUEUED", "IN_APP:SENT"));
    assertEquals(1, Mailbox.count(client.email()), "the notice only");
    String mail = Mailbox.text(client.email());
    assertThat(mail, containsString("A sharing consent was recorded on your account"));
    assertThat(mail, containsString("by clinic staff"));
    assertThat(mail, containsString("Tue, Sep 8, 2026"));
    assertThat(mail, containsString("+1 503 555 0100"));
    List<String> texts = SmsSink.textsTo(client.phone());
    assertThat(texts, hasSize(1));
    assertThat(texts.get(0), containsString("by clinic staff, valid until Tue, Sep 8, 2026"));
    assertThat(
        inApp(client).stream()
            .filter(i -> i.kind == MessageKind.PARTNER_SHARING_CONSENTED)
            .findFirst()
            .orElseThrow()
            .body,
        containsString("withdraw it"));
  }

  @Test
  void partnerSharingConsentIsNotTextedWithoutSmsConsentAndSaysTheClientRecordedIt() {
    Person client = People.client(em, false);

    consented(client, true);
    dispatcher.dispatchDue();

    assertThat(
        kinds(client, "PARTNER_SHARING_CONSENTED"),
        containsInAnyOrder("EMAIL:SENT", "IN_APP:SENT"));
    assertThat(SmsSink.textsTo(client.phone()), hasSize(0));
    assertThat(Mailbox.text(client.email()), containsString("from your own sign-in"));
  }

  @Test
  void rotatedCalendarFeedTellsItsOwnerThatStaffDidItWithoutTheAddress() {
    Person therapist = People.staff(em, Roles.THERAPIST);

    rotated(therapist.id(), DemoUser.ADAM_ADMIN.id());
    dispatcher.dispatchDue();

    assertThat(
        kinds(therapist, "CALENDAR_FEED_ROTATED"), containsInAnyOrder("EMAIL:SENT", "IN_APP:SENT"));
    String mail = Mailbox.text(therapist.email());
    assertThat(mail, containsString("Your calendar feed address was changed"));
    assertThat(mail, containsString("by clinic staff"));
    assertThat(mail, not(containsString(".ics")));
    assertThat(mail, not(containsString("calendar-feeds")));
    assertThat(inApp(therapist).get(0).body, containsString("by clinic staff"));
  }

  @Test
  void rotatedCalendarFeedSaysTheOwnerDidItWhenTheyDid() {
    Person client = People.client(em, false);

    rotated(client.id(), client.id());
    dispatcher.dispatchDue();

    InboxItem item = inApp(client).get(0);
    assertThat(item.body, containsString("replaced by you"));
    assertEquals(client.uuid(), item.clientId);
    assertThat(Mailbox.text(client.email()), containsString("from your own sign-in"));
  }

  private void consented(Person client, boolean byClient) {
    Events.awaitConsumed(
        em,
        Events.clinical(
            PartnerSharingConsented.TYPE,
            new PartnerSharingConsented(
                client.id(), UUID.randomUUID().toString(), byClient, UNTIL, Instant.now())));
  }

  private void rotated(String owner, String by) {
    Events.awaitConsumed(
        em,
        Events.scheduling(
            CalendarFeedRotated.TYPE, new CalendarFeedRotated(owner, by, Instant.now())));
  }

  /** Quiet hours around the service's now, in the client's zone (UTC here). */
  private void quietHoursNow(Person client) {
    LocalTime now = clock.instant().atOffset(ZoneOffset.UTC).toLocalTime();
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .header("If-Match", "*")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "timeZone",
                "UTC",
                "language",
                "en",
                "quietHoursStart",
                now.minusHours(1).withNano(0).toString(),
                "quietHoursEnd",
                now.plusHours(1).withNano(0).toString()))
        .put("/recipients/" + client.id() + "/preferences")
        .then()
        .statusCode(200);
  }

  private static List<String> kinds(Person p, String kind) {
    return Deliveries.to(p.id()).stream()
        .filter(d -> d.kind.name().equals(kind))
        .map(d -> d.channel + ":" + d.status)
        .toList();
  }

  private static List<InboxItem> inApp(Person p) {
    return QuarkusTransaction.requiringNew()
        .call(() -> InboxItem.<InboxItem>list("recipientId = ?1 order by createdAt", p.uuid()));
  }
}
