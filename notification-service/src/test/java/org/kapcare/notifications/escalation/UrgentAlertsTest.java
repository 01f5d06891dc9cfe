package org.kapcare.notifications.escalation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.notification.AlertEscalated;
import org.kapcare.contracts.notification.NotificationAcknowledged;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.notifications.delivery.Dispatcher;
import org.kapcare.notifications.support.Appointments;
import org.kapcare.notifications.support.Clinical;
import org.kapcare.notifications.support.ControllableClock;
import org.kapcare.notifications.support.Deliveries;
import org.kapcare.notifications.support.Mailbox;
import org.kapcare.notifications.support.People;
import org.kapcare.notifications.support.People.Person;
import org.kapcare.notifications.support.SmsSink;
import org.kapcare.platform.security.Roles;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** The closed loop: urgent alerts reach the right person, are acknowledged or escalate. */
@QuarkusTest
class UrgentAlertsTest {

  @Inject EntityManager em;
  @Inject Dispatcher dispatcher;
  @Inject ControllableClock clock;

  @BeforeEach
  void providerAcceptsMessages() {
    SmsSink.acceptAll();
  }

  @Test
  void vitalsAlertGoesToThePrescriberOnDutyAtTheClientsSite() {
    String site = "site-" + UUID.randomUUID();
    Person onDuty = People.staff(em, Roles.PRESCRIBER);
    Person ownPrescriber = People.staff(em, Roles.PRESCRIBER);
    Person therapist = People.staff(em, Roles.THERAPIST);
    Person client = People.client(em, true);
    People.careTeam(em, client, therapist, ownPrescriber);
    Clinical.onDuty(
        em,
        onDuty.id(),
        site,
        clock.instant().minus(Duration.ofHours(1)),
        clock.instant().plus(Duration.ofHours(8)));
    Appointments.publish(
        em,
        Step.CHECKED_IN,
        Appointments.appointment(
            client.id(), UUID.randomUUID().toString(), "DOSING", clock.instant(), site));

    Clinical.vitalsAlert(em, client.id());
    dispatcher.dispatchDue();

    assertThat(channels(onDuty), containsInAnyOrder("VITALS_ALERT:EMAIL", "VITALS_ALERT:IN_APP"));
    assertThat(channels(ownPrescriber), empty());
    assertThat(channels(client), empty());
    assertEquals(1, Mailbox.count(onDuty.email()));
    String mail = Mailbox.text(onDuty.email()).toLowerCase();
    assertThat(mail, containsString("urgent"));
    assertThat(mail, not(containsString("blood pressure")));
  }

  @Test
  void urgentAlertEscalatesAtPolicyTimeNotBefore() {
    Person prescriber = People.staff(em, Roles.PRESCRIBER);
    Person admin = People.staff(em, Roles.ADMIN);
    Person client = People.client(em, false);
    People.careTeam(em, client, null, prescriber);
    try (TopicReader notifications = TopicReader.fromNow(Topics.NOTIFICATION_EVENTS)) {
      Clinical.vitalsAlert(em, client.id());
      dispatcher.escalateAndDispatch();
      assertEquals(1, Mailbox.count(prescriber.email()));

      clock.advance(Duration.ofMinutes(10).minusSeconds(2));
      dispatcher.escalateAndDispatch();
      assertThat("not before the policy time", about(admin, client), empty());

      clock.advance(Duration.ofSeconds(3));
      dispatcher.escalateAndDispatch();
      assertThat(
          about(admin, client), containsInAnyOrder("VITALS_ALERT:EMAIL", "VITALS_ALERT:IN_APP"));
      assertEquals(sentEmails(admin), Mailbox.count(admin.email()));

      var escalated =
          notifications.await(
              r ->
                  TopicReader.event(client.id(), AlertEscalated.TYPE).test(r)
                      && r.value().contains(admin.id()),
              1,
              Duration.ofSeconds(20));
      assertEquals(1, escalated.size());
      var data = TopicReader.json(escalated.get(0).value()).path("data");
      assertEquals(1, data.path("level").asInt());
      assertEquals(admin.id(), data.path("escalatedTo").asText());
    }
  }

  @Test
  void acknowledgingStopsTheEscalationAndTellsTheTeam() {
    People.staffWithId(em, DemoUser.PAULA_PRESCRIBER.id(), Roles.PRESCRIBER);
    Person admin = People.staff(em, Roles.ADMIN);
    Person client = People.client(em, false);
    People.careTeam(em, client, null, new Person(DemoUser.PAULA_PRESCRIBER.id(), null, null));
    try (TopicReader notifications = TopicReader.fromNow(Topics.NOTIFICATION_EVENTS)) {
      String source = Clinical.vitalsAlert(em, client.id());
      dispatcher.escalateAndDispatch();

      String itemId =
          given()
              .header("Authorization", DemoUser.PAULA_PRESCRIBER.bearer())
              .get("/inbox?limit=200")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getString(
                  "items.find { it.kind == 'VITALS_ALERT' && it.clientId == '"
                      + client.id()
                      + "' }.id");
      given()
          .header("Authorization", DemoUser.PAULA_PRESCRIBER.bearer())
          .post("/inbox/" + itemId + "/acknowledge")
          .then()
          .statusCode(200)
          .body("acknowledgedAt", org.hamcrest.Matchers.notNullValue());

      var acknowledged =
          notifications.await(
              TopicReader.event(client.id(), NotificationAcknowledged.TYPE),
              1,
              Duration.ofSeconds(20));
      assertEquals(1, acknowledged.size());
      var data = TopicReader.json(acknowledged.get(0).value()).path("data");
      assertEquals(DemoUser.PAULA_PRESCRIBER.id(), data.path("acknowledgedBy").asText());
      assertEquals(source, data.path("sourceEventId").asText());

      clock.advance(Duration.ofMinutes(11));
      dispatcher.escalateAndDispatch();
      assertThat("an acknowledged alert never escalates", about(admin, client), empty());
    }
  }

  @Test
  void suicideRiskAlertsThePrimaryClinicianAndTheCareTeam() {
    Person therapist = People.staff(em, Roles.THERAPIST);
    Person prescriber = People.staff(em, Roles.PRESCRIBER);
    Person nurse = People.staff(em, Roles.NURSE);
    Person outsider = People.staff(em, Roles.THERAPIST);
    Person client = People.client(em, true);
    People.careTeam(em, client, therapist, prescriber, nurse);

    Clinical.suicideRisk(em, client.id(), false);
    dispatcher.dispatchDue();

    for (Person member : List.of(therapist, prescriber, nurse)) {
      assertThat(channels(member), containsInAnyOrder("SUICIDE_RISK:EMAIL", "SUICIDE_RISK:IN_APP"));
      assertEquals(1, Mailbox.count(member.email()));
      assertThat(Mailbox.text(member.email()).toLowerCase(), not(containsString("phq")));
    }
    assertThat(channels(outsider), empty());
    assertThat(channels(client), empty());
    assertThat(SmsSink.textsTo(client.phone()), empty());
  }

  @Test
  void quietHoursHoldRoutineButNotUrgent() {
    Person therapist = People.staff(em, Roles.THERAPIST);
    Person client = People.client(em, false);
    People.careTeam(em, client, therapist, therapist);
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
        .put("/recipients/" + therapist.id() + "/preferences")
        .then()
        .statusCode(200);

    String summary =
        org.kapcare.notifications.support.Events.clinical(
            org.kapcare.contracts.clinical.DosingSessionCompleted.TYPE,
            new org.kapcare.contracts.clinical.DosingSessionCompleted(
                client.id(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                org.kapcare.contracts.clinical.Route.IV,
                new java.math.BigDecimal("35"),
                90,
                0,
                false,
                java.time.Instant.now()));
    org.kapcare.notifications.support.Events.awaitConsumed(em, summary);
    Clinical.vitalsAlert(em, client.id());
    dispatcher.dispatchDue();

    assertEquals(1, Mailbox.count(therapist.email()), "the urgent alert only");
    assertThat(Mailbox.text(therapist.email()).toLowerCase(), containsString("urgent"));
    assertThat(
        channels(therapist), hasItem("DOSING_SUMMARY:IN_APP")); // in-app is silent, it is not held

    clock.advance(Duration.ofHours(1).plusMinutes(1));
    dispatcher.dispatchDue();
    assertEquals(2, Mailbox.count(therapist.email()), "the routine summary after quiet hours");
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .get("/recipients/" + therapist.id())
        .then()
        .body("quietHoursStart", not(equalTo(null)));
  }

  /** What went to {@code p} about this client (other tests' open alerts escalate too). */
  private static List<String> about(Person p, Person client) {
    return Deliveries.to(p.id()).stream()
        .filter(d -> client.uuid().equals(d.clientId))
        .map(d -> d.kind + ":" + d.channel)
        .toList();
  }

  private static long sentEmails(Person p) {
    return Deliveries.to(p.id()).stream()
        .filter(d -> d.channel == org.kapcare.notifications.message.Channel.EMAIL)
        .filter(d -> d.status == org.kapcare.notifications.delivery.DeliveryStatus.SENT)
        .count();
  }

  private static List<String> channels(Person p) {
    return Deliveries.to(p.id()).stream().map(d -> d.kind + ":" + d.channel).toList();
  }
}
