package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/** Book, confirm, reschedule, cancel, check in, complete — with history, ETags and events. */
@QuarkusTest
class AppointmentLifecycleTest {

  private static final String PROBLEM = "application/problem+json";
  private static final Instant WEDNESDAY_10AM = Instant.parse("2027-04-07T17:00:00Z");

  @Inject ClientProjection clients;

  @Test
  void bookingIsPublishedAndReadableWithEtag() {
    Clinic clinic = new Clinic(clients, WEDNESDAY_10AM.minus(10, ChronoUnit.DAYS));
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      Response booked = Clinic.book(DemoUser.CORA_COORDINATOR, clinic.dosing(WEDNESDAY_10AM));
      booked
          .then()
          .statusCode(201)
          .header("ETag", equalTo("\"0\""))
          .body("status", equalTo("BOOKED"))
          .body("endsAt", equalTo("2027-04-07T19:00:00Z"));
      String id = booked.path("id");
      var events =
          topic.await(
              TopicReader.event(clinic.client.toString(), AppointmentChanged.Step.BOOKED.type),
              1,
              Duration.ofSeconds(20));
      assertEquals(1, events.size());
      assertEquals(
          id, TopicReader.json(events.get(0).value()).path("data").path("appointmentId").asText());
      as(DemoUser.CORA_COORDINATOR)
          .get("/appointments/" + id)
          .then()
          .statusCode(200)
          .header("ETag", equalTo("\"0\""));
    }
  }

  @Test
  void aBookingsLocationIsItsPublicUrlWhateverHostOrForwardingTheCallerNamed() {
    Clinic clinic = new Clinic(clients, WEDNESDAY_10AM.minus(10, ChronoUnit.DAYS));
    Response booked =
        as(DemoUser.CORA_COORDINATOR)
            .header("Host", "attacker.example")
            .header("X-Forwarded-Host", "attacker.example")
            .header("X-Forwarded-Proto", "http")
            .header("X-Forwarded-Prefix", "/elsewhere")
            .contentType(ContentType.JSON)
            .body(clinic.dosing(WEDNESDAY_10AM))
            .post("/appointments");
    booked.then().statusCode(201);
    // %test.kap.public.base-url, and the gateway's route of scheduling (docs/gateway.md, Routes).
    assertEquals(
        "https://clinic.example/api/scheduling/appointments/" + booked.path("id"),
        booked.header("Location"));
  }

  @Test
  void rescheduleKeepsHistoryAndNeedsTheCurrentVersion() {
    Clinic clinic = new Clinic(clients, WEDNESDAY_10AM.minus(10, ChronoUnit.DAYS));
    String id = Clinic.book(DemoUser.CORA_COORDINATOR, clinic.dosing(WEDNESDAY_10AM)).path("id");
    Instant friday = WEDNESDAY_10AM.plus(2, ChronoUnit.DAYS);
    as(DemoUser.CORA_COORDINATOR)
        .contentType(ContentType.JSON)
        .body(Map.of("startsAt", friday.toString()))
        .post("/appointments/" + id + "/reschedule")
        .then()
        .statusCode(428)
        .contentType(PROBLEM);
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("startsAt", friday.toString()))
        .post("/appointments/" + id + "/reschedule")
        .then()
        .statusCode(200)
        .body("startsAt", equalTo(friday.toString()))
        .header("ETag", equalTo("\"1\""));
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("startsAt", WEDNESDAY_10AM.toString()))
        .post("/appointments/" + id + "/reschedule")
        .then()
        .statusCode(412)
        .contentType(PROBLEM);
    as(DemoUser.CORA_COORDINATOR)
        .get("/appointments/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.action", contains("BOOKED", "RESCHEDULED"))
        .body("next", org.hamcrest.Matchers.nullValue());
    // The old time is free again.
    Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "preparation",
                clinic.client,
                WEDNESDAY_10AM,
                List.of(clinic.therapist),
                null,
                null))
        .then()
        .statusCode(201);
  }

  @Test
  void cancellationFreesTheTimeAndFlagsLateCancellation() {
    Clinic clinic = new Clinic(clients, Instant.now().minus(1, ChronoUnit.DAYS));
    // Tomorrow at a time inside 06:00-22:00 Los Angeles: late to cancel by the 24 h policy.
    Instant soon = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
    Instant slot = inWorkingHours(soon);
    String id =
        Clinic.book(
                DemoUser.CORA_COORDINATOR,
                clinic.booking(
                    "preparation", clinic.client, slot, List.of(clinic.therapist), null, null))
            .path("id");
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "ILLNESS", "note", "client unwell"))
        .post("/appointments/" + id + "/cancel")
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"))
        .body("lateCancel", equalTo(Duration.between(Instant.now(), slot).toHours() < 24));
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "OTHER"))
        .post("/appointments/" + id + "/cancel")
        .then()
        .statusCode(409)
        .body("type", equalTo("https://kapcare.org/problems/invalid-transition"));
    Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "preparation", clinic.client, slot, List.of(clinic.therapist), null, null))
        .then()
        .statusCode(201);
  }

  @Test
  void checkInThenCompleteButNeverCompleteBeforeCheckIn() {
    Clinic clinic = new Clinic(clients, WEDNESDAY_10AM.minus(10, ChronoUnit.DAYS));
    String id = Clinic.book(DemoUser.CORA_COORDINATOR, clinic.dosing(WEDNESDAY_10AM)).path("id");
    transition(id, "complete", "\"0\"").then().statusCode(409).contentType(PROBLEM);
    transition(id, "confirm", "\"0\"").then().statusCode(200).body("status", equalTo("CONFIRMED"));
    transition(id, "check-in", "\"1\"")
        .then()
        .statusCode(200)
        .body("status", equalTo("CHECKED_IN"));
    transition(id, "complete", "\"2\"").then().statusCode(200).body("status", equalTo("COMPLETED"));
  }

  @Test
  void attendanceIsRecordedByTheClinicNeverByTheClient() {
    Clinic clinic = new Clinic(clients, WEDNESDAY_10AM.minus(10, ChronoUnit.DAYS));
    java.util.UUID kerry = java.util.UUID.fromString(DemoUser.KERRY.id());
    clinic.enroll(kerry, true, true);
    Instant start = Instant.parse("2027-05-12T17:00:00Z");
    String id =
        Clinic.book(
                DemoUser.CORA_COORDINATOR,
                clinic.booking(
                    "preparation", kerry, start, java.util.List.of(clinic.therapist), null, null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (String step : new String[] {"check-in", "no-show"}) {
      as(DemoUser.KERRY)
          .header("If-Match", "\"0\"")
          .post("/appointments/" + id + "/" + step)
          .then()
          .statusCode(403)
          .contentType(PROBLEM);
    }
    transition(id, "check-in", "\"0\"").then().statusCode(200);
    as(DemoUser.KERRY)
        .header("If-Match", "\"1\"")
        .post("/appointments/" + id + "/complete")
        .then()
        .statusCode(403);
  }

  @Test
  void aClientSeesOnlyTheirOwnAppointments() {
    Clinic clinic = new Clinic(clients, WEDNESDAY_10AM.minus(10, ChronoUnit.DAYS));
    String id = Clinic.book(DemoUser.CORA_COORDINATOR, clinic.dosing(WEDNESDAY_10AM)).path("id");
    as(DemoUser.ROBIN).get("/appointments/" + id).then().statusCode(403).contentType(PROBLEM);
    as(DemoUser.THEO_THERAPIST)
        .get("/appointments/" + id)
        .then()
        .statusCode(403)
        .contentType(PROBLEM);
    as(DemoUser.CORA_COORDINATOR)
        .get("/appointments/" + java.util.UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void idempotencyKeyReplaysTheFirstBookingAndRefusesAnotherBody() {
    Clinic clinic = new Clinic(clients, WEDNESDAY_10AM.minus(10, ChronoUnit.DAYS));
    String key = "booking-" + java.util.UUID.randomUUID();
    Response first = keyed(key, clinic.dosing(WEDNESDAY_10AM));
    first.then().statusCode(201);
    keyed(key, clinic.dosing(WEDNESDAY_10AM))
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", equalTo("true"))
        .header("Location", equalTo(first.header("Location")))
        .body("id", equalTo(first.path("id")));
    keyed(key, clinic.dosing(WEDNESDAY_10AM.plus(3, ChronoUnit.DAYS)))
        .then()
        .statusCode(422)
        .contentType(PROBLEM)
        .body("type", equalTo("https://kapcare.org/problems/idempotency-key-reused"));
  }

  @Test
  void listIsPagedByCursorAndNarrowedToTheCaller() {
    Clinic clinic = new Clinic(clients, WEDNESDAY_10AM.minus(10, ChronoUnit.DAYS));
    for (int day = 0; day < 3; day++) {
      Clinic.book(
              DemoUser.CORA_COORDINATOR,
              clinic.booking(
                  "preparation",
                  clinic.client,
                  WEDNESDAY_10AM.plus(day, ChronoUnit.DAYS),
                  List.of(clinic.therapist),
                  null,
                  null))
          .then()
          .statusCode(201);
    }
    Response first = list(DemoUser.CORA_COORDINATOR, clinic.client, null);
    first.then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(2));
    String next = first.path("next");
    list(DemoUser.CORA_COORDINATOR, clinic.client, next)
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.hasSize(1))
        .body("items[0].startsAt", equalTo(WEDNESDAY_10AM.plus(2, ChronoUnit.DAYS).toString()))
        .body("next", org.hamcrest.Matchers.nullValue());
    list(DemoUser.ROBIN, clinic.client, null).then().statusCode(403).contentType(PROBLEM);
    list(DemoUser.THEO_THERAPIST, clinic.client, null).then().statusCode(403).contentType(PROBLEM);
    list(DemoUser.CORA_COORDINATOR, clinic.client, "not-a-cursor")
        .then()
        .statusCode(400)
        .contentType(PROBLEM);
  }

  private static Response list(DemoUser user, java.util.UUID client, String cursor) {
    var request =
        as(user)
            .queryParam("clientId", client)
            .queryParam("from", WEDNESDAY_10AM.minus(1, ChronoUnit.DAYS).toString())
            .queryParam("to", WEDNESDAY_10AM.plus(10, ChronoUnit.DAYS).toString())
            .queryParam("limit", 2);
    if (cursor != null) {
      request = request.queryParam("cursor", cursor);
    }
    return request.get("/appointments");
  }

  @Test
  void anAdminChangesAnAppointmentTypeAsDataButNeverMakesDosingSelfBookable() {
    var types =
        as(DemoUser.KERRY).get("/appointment-types").then().statusCode(200).extract().jsonPath();
    int index = types.getList("items.code").indexOf("follow-up");
    Map<String, Object> followUp = new java.util.HashMap<>(types.getMap("items[" + index + "]"));
    followUp.put("minutes", 45);
    as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", "\"" + followUp.get("version") + "\"")
        .contentType(ContentType.JSON)
        .body(followUp)
        .put("/appointment-types/follow-up")
        .then()
        .statusCode(403);
    as(DemoUser.ADAM_ADMIN)
        .header("If-Match", "\"" + followUp.get("version") + "\"")
        .contentType(ContentType.JSON)
        .body(followUp)
        .put("/appointment-types/follow-up")
        .then()
        .statusCode(200)
        .body("minutes", equalTo(45));
    int dosingIndex = types.getList("items.code").indexOf("dosing-iv");
    Map<String, Object> dosing =
        new java.util.HashMap<>(types.getMap("items[" + dosingIndex + "]"));
    dosing.put("clientSelfBooking", true);
    as(DemoUser.ADAM_ADMIN)
        .header("If-Match", "\"" + dosing.get("version") + "\"")
        .contentType(ContentType.JSON)
        .body(dosing)
        .put("/appointment-types/dosing-iv")
        .then()
        .statusCode(200)
        .body("clientSelfBooking", equalTo(false));
  }

  private static Response keyed(String key, Map<String, Object> body) {
    return as(DemoUser.CORA_COORDINATOR)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/appointments");
  }

  private static Response transition(String id, String action, String etag) {
    return as(DemoUser.CORA_COORDINATOR)
        .header("If-Match", etag)
        .post("/appointments/" + id + "/" + action);
  }

  private static io.restassured.specification.RequestSpecification as(DemoUser user) {
    return given().header("Authorization", user.bearer());
  }

  /** The next full hour between 08:00 and 20:00 in Los Angeles at or after {@code from}. */
  private static Instant inWorkingHours(Instant from) {
    var local = from.atZone(java.time.ZoneId.of(Clinic.ZONE));
    while (local.getHour() < 8 || local.getHour() > 19) {
      local = local.plusHours(1);
    }
    return local.toInstant();
  }
}
