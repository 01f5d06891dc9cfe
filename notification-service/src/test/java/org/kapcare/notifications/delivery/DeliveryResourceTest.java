package org.kapcare.notifications.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.clinical.CareNoteShared;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.contracts.clinical.DosingSessionCompleted;
import org.kapcare.contracts.clinical.Route;
import org.kapcare.contracts.scheduling.AppointmentChanged.Step;
import org.kapcare.notifications.message.Channel;
import org.kapcare.notifications.message.MessageKind;
import org.kapcare.notifications.support.Appointments;
import org.kapcare.notifications.support.Clinical;
import org.kapcare.notifications.support.ControllableClock;
import org.kapcare.notifications.support.Deliveries;
import org.kapcare.notifications.support.Events;
import org.kapcare.notifications.support.People;
import org.kapcare.notifications.support.People.Person;
import org.kapcare.notifications.support.SmsSink;
import org.kapcare.platform.security.Roles;
import org.kapcare.testing.DemoUser;

/** Attempts, retries with backoff, the dead state, and who may see the history. */
@QuarkusTest
class DeliveryResourceTest {

  private static final String PROBLEM = "application/problem+json";

  @Inject EntityManager em;
  @Inject Dispatcher dispatcher;
  @Inject ControllableClock clock;

  @BeforeEach
  void providerAcceptsMessages() {
    SmsSink.acceptAll();
  }

  @Test
  void failedSmsIsRetriedWithExponentialBackoffThenDeadForAdmins() {
    Person client = People.client(em, true);
    UUID failing = SmsSink.failFor(client.phone());
    try {
      book(client);
      dispatcher.dispatchDue();
      Delivery sms = sms(client);
      assertEquals(DeliveryStatus.FAILED, sms.status);
      assertEquals(1, sms.attempts);

      dispatcher.dispatchDue();
      assertThat(SmsSink.textsTo(client.phone()), hasSize(1));

      // 30 s, then 60 s, 120 s, 240 s: the fifth attempt is the last.
      long[] waits = {30, 60, 120, 240};
      for (int i = 0; i < waits.length; i++) {
        clock.advance(Duration.ofSeconds(waits[i] - 5));
        dispatcher.dispatchDue();
        assertThat("not before the backoff", SmsSink.textsTo(client.phone()), hasSize(i + 1));
        clock.advance(Duration.ofSeconds(6));
        dispatcher.dispatchDue();
        assertThat(SmsSink.textsTo(client.phone()), hasSize(i + 2));
      }
      sms = sms(client);
      assertEquals(DeliveryStatus.DEAD, sms.status);
      assertEquals(5, sms.attempts);

      given()
          .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
          .get("/deliveries?status=DEAD&clientId=" + client.id())
          .then()
          .statusCode(200)
          .body("items.id", hasItem(sms.id.toString()))
          .body("items.lastError", everyItem(equalTo("sms: provider answered 500")));
      given()
          .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
          .get("/deliveries?status=DEAD")
          .then()
          .statusCode(403)
          .contentType(PROBLEM);
    } finally {
      SmsSink.remove(failing);
    }
    Delivery dead = sms(client);
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .post("/deliveries/" + dead.id + "/retry")
        .then()
        .statusCode(200)
        .body("status", equalTo("QUEUED"));
    dispatcher.dispatchDue();
    assertEquals(DeliveryStatus.SENT, sms(client).status);
    assertThat(SmsSink.textsTo(client.phone()), hasSize(6));
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .post("/deliveries/" + dead.id + "/retry")
        .then()
        .statusCode(409)
        .contentType(PROBLEM);
  }

  @Test
  void historyIsForStaffOfTheClientAndForCoordinators() {
    People.staffWithId(em, DemoUser.TESS_THERAPIST.id(), Roles.THERAPIST);
    Person client = People.client(em, false);
    People.careTeam(em, client, new Person(DemoUser.TESS_THERAPIST.id(), null, null), null);
    book(client);
    dispatcher.dispatchDue();

    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/deliveries?clientId=" + client.id())
        .then()
        .statusCode(200)
        .body("items.channel", hasItem("EMAIL"))
        .body("items.status", hasItem("SENT"));
    given()
        .header("Authorization", DemoUser.TESS_THERAPIST.bearer())
        .get("/deliveries?clientId=" + client.id())
        .then()
        .statusCode(200);
    given()
        .header("Authorization", DemoUser.THEO_THERAPIST.bearer())
        .get("/deliveries?clientId=" + client.id())
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/deliveries?clientId=" + client.id())
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    String id = Deliveries.to(client.id()).get(0).id.toString();
    given()
        .header("Authorization", DemoUser.THEO_THERAPIST.bearer())
        .get("/deliveries/" + id)
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .header("Authorization", DemoUser.TESS_THERAPIST.bearer())
        .get("/deliveries/" + id)
        .then()
        .statusCode(200)
        .body("providerMessageId", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void everyDeliveryReadAndRefusalIsAuditedForAdmins() {
    Person client = People.client(em, false);
    book(client);
    dispatcher.dispatchDue();
    String id = Deliveries.to(client.id()).get(0).id.toString();
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/deliveries?clientId=" + client.id())
        .then()
        .statusCode(200);
    given()
        .header("Authorization", DemoUser.THEO_THERAPIST.bearer())
        .get("/deliveries/" + id)
        .then()
        .statusCode(404);
    java.util.List<java.util.Map<String, Object>> trail =
        given()
            .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
            .queryParam("clientId", client.id())
            .queryParam("limit", 200)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    org.junit.jupiter.api.Assertions.assertTrue(
        trail.stream()
            .anyMatch(
                e ->
                    DemoUser.CORA_COORDINATOR.id().equals(e.get("actorId"))
                        && "ALLOWED".equals(e.get("outcome"))
                        && "delivery".equals(e.get("resource"))
                        && id.equals(e.get("resourceId"))),
        "the coordinator's read");
    org.junit.jupiter.api.Assertions.assertTrue(
        trail.stream()
            .anyMatch(
                e ->
                    DemoUser.THEO_THERAPIST.id().equals(e.get("actorId"))
                        && "DENIED".equals(e.get("outcome"))
                        && id.equals(e.get("resourceId"))),
        "the refusal");
  }

  @Test
  void historyShowsAClinicalKindOnlyToWhoReadsItInTheChart() {
    People.staffWithId(em, DemoUser.TESS_THERAPIST.id(), Roles.THERAPIST);
    Person prescriber = People.staff(em, Roles.PRESCRIBER);
    Person client = People.client(em, false);
    Events.awaitConsumed(
        em,
        Events.clinical(
            CareTeamAssigned.TYPE,
            new CareTeamAssigned(
                client.id(),
                DemoUser.TESS_THERAPIST.id(),
                prescriber.id(),
                DemoUser.TESS_THERAPIST.id(),
                List.of(),
                DemoUser.CHRIS_CHAPLAIN.id(),
                Instant.now())));
    book(client);
    Clinical.suicideRisk(em, client.id(), false);
    Events.awaitConsumed(
        em,
        Events.clinical(
            DosingSessionCompleted.TYPE,
            new DosingSessionCompleted(
                client.id(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                Route.IV,
                new BigDecimal("35"),
                90,
                0,
                false,
                Instant.now())));
    Events.awaitConsumed(
        em,
        Events.clinical(
            CareNoteShared.TYPE,
            new CareNoteShared(
                client.id(),
                UUID.randomUUID().toString(),
                prescriber.id(),
                List.of(DemoUser.TESS_THERAPIST.id()),
                List.of(),
                CareNoteShared.Priority.ROUTINE,
                Instant.now())));
    dispatcher.dispatchDue();
    String dosingToTess =
        Deliveries.to(DemoUser.TESS_THERAPIST.id()).stream()
            .filter(d -> d.kind == MessageKind.DOSING_SUMMARY && client.uuid().equals(d.clientId))
            .findFirst()
            .orElseThrow()
            .id
            .toString();

    // Coordinators and admins: every row, but clinical kinds only as CLINICAL, without their cause.
    for (DemoUser staff : List.of(DemoUser.CORA_COORDINATOR, DemoUser.ADAM_ADMIN)) {
      List<Map<String, Object>> rows = history(staff, client);
      assertThat(kinds(rows), hasItems("BOOKING_CONFIRMED", DeliveryView.CLINICAL));
      assertThat(kinds(rows), not(hasItems("SUICIDE_RISK", "DOSING_SUMMARY", "CARE_NOTE")));
      assertThat(
          rows.stream()
              .filter(r -> DeliveryView.CLINICAL.equals(r.get("kind")))
              .map(r -> String.valueOf(r.get("sourceEventId")))
              .toList(),
          everyItem(equalTo("null")));
      given()
          .header("Authorization", staff.bearer())
          .get("/deliveries/" + dosingToTess)
          .then()
          .statusCode(200)
          .body("kind", equalTo(DeliveryView.CLINICAL));
    }
    // The therapist reads sessions, assessments and handoffs in the chart: she sees every kind.
    assertThat(
        kinds(history(DemoUser.TESS_THERAPIST, client)),
        hasItems("SUICIDE_RISK", "DOSING_SUMMARY", "CARE_NOTE"));
    given()
        .header("Authorization", DemoUser.TESS_THERAPIST.bearer())
        .get("/deliveries/" + dosingToTess)
        .then()
        .statusCode(200)
        .body("kind", equalTo("DOSING_SUMMARY"));
    // The team's chaplain reads handoffs, not sessions: the dosing summary to others is CLINICAL.
    List<Map<String, Object>> chaplain = history(DemoUser.CHRIS_CHAPLAIN, client);
    assertThat(kinds(chaplain), hasItems("CARE_NOTE", DeliveryView.CLINICAL));
    assertThat(kinds(chaplain), not(hasItem("DOSING_SUMMARY")));
    given()
        .header("Authorization", DemoUser.CHRIS_CHAPLAIN.bearer())
        .get("/deliveries/" + dosingToTess)
        .then()
        .statusCode(200)
        .body("kind", equalTo(DeliveryView.CLINICAL));
  }

  private static List<Map<String, Object>> history(DemoUser caller, Person client) {
    List<Map<String, Object>> rows =
        given()
            .header("Authorization", caller.bearer())
            .get("/deliveries?limit=200&clientId=" + client.id())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    assertThat("the history is not empty", rows, not(empty()));
    return rows;
  }

  private static List<Object> kinds(List<Map<String, Object>> rows) {
    return rows.stream().map(r -> r.get("kind")).toList();
  }

  @Test
  void unknownDeliveriesAreNotFound() {
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .get("/deliveries/" + UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
        .post("/deliveries/" + UUID.randomUUID() + "/retry")
        .then()
        .statusCode(404)
        .contentType(PROBLEM);
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .post("/deliveries/" + UUID.randomUUID() + "/retry")
        .then()
        .statusCode(403);
  }

  @Test
  void restartBetweenClaimAndSendStillSendsOnce() {
    Person client = People.client(em, true);
    book(client);
    // A replica claimed the rows and died before sending: its lease holds them for a while.
    List<UUID> rows =
        Deliveries.to(client.id()).stream()
            .filter(d -> d.kind == org.kapcare.notifications.message.MessageKind.BOOKING_CONFIRMED)
            .map(d -> d.id)
            .toList();
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "UPDATE delivery SET status = 'SENDING', attempts = 1,"
                            + " lease_until = ?1 WHERE id IN (?2)")
                    .setParameter(1, java.sql.Timestamp.from(clock.instant().plusSeconds(120)))
                    .setParameter(2, rows)
                    .executeUpdate());
    dispatcher.dispatchDue();
    assertThat(SmsSink.textsTo(client.phone()), hasSize(0));

    clock.advance(Duration.ofSeconds(121));
    dispatcher.dispatchDue();
    dispatcher.dispatchDue();
    assertThat(SmsSink.textsTo(client.phone()), hasSize(1));
    assertEquals(
        1, org.kapcare.notifications.support.Mailbox.count(client.email()), "e-mail once too");
  }

  private void book(Person client) {
    Appointments.publish(
        em,
        Step.BOOKED,
        Appointments.appointment(
            client.id(),
            UUID.randomUUID().toString(),
            "PREPARATION",
            clock.instant().plus(Duration.ofDays(60)),
            "l"));
  }

  private static Delivery sms(Person client) {
    return Deliveries.to(client.id()).stream()
        .filter(d -> d.channel == Channel.SMS)
        .findFirst()
        .orElseThrow();
  }
}
