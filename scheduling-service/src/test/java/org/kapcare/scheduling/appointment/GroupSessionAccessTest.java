package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.scheduling.AppointmentChanged;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.TopicReader;

/**
 * Group sessions keep each participant to themself: joined only where offered, seen with only
 * themself among the clients, cancelled only by staff, with a reason code and never free text.
 */
@QuarkusTest
class GroupSessionAccessTest {

  /** Thursday 16 March 2028, 17:00 in Los Angeles. */
  private static final Instant THURSDAY_5PM = Instant.parse("2028-03-17T00:00:00Z");

  private static final String PROBLEMS = "https://kapcare.org/problems/";
  private static final UUID KERRY = UUID.fromString(DemoUser.KERRY.id());

  @Inject ClientProjection clients;

  @Test
  void aClientCannotJoinAGroupTheirCareTeamDoesNotLead() {
    Clinic theirs = new Clinic(clients, THURSDAY_5PM.minus(10, ChronoUnit.DAYS));
    Clinic elsewhere = new Clinic(clients, THURSDAY_5PM.minus(10, ChronoUnit.DAYS));
    theirs.enroll(KERRY, true, true);
    String otherGroup = group(elsewhere, THURSDAY_5PM);
    join(DemoUser.KERRY, otherGroup, KERRY)
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEMS + "group-session-not-offered"));
    // Staff may still add her on purpose.
    join(DemoUser.CORA_COORDINATOR, otherGroup, KERRY).then().statusCode(200);
  }

  @Test
  void aParticipantSeesOnlyThemselfInTheAppointmentItsFhirFormAndItsHistory() {
    Clinic clinic = new Clinic(clients, THURSDAY_5PM.minus(10, ChronoUnit.DAYS));
    clinic.enroll(KERRY, true, true);
    UUID other = UUID.randomUUID();
    clinic.enroll(other, true, true);
    String group = group(clinic, THURSDAY_5PM.plus(7, ChronoUnit.DAYS));
    join(DemoUser.CORA_COORDINATOR, group, other).then().statusCode(200);
    join(DemoUser.KERRY, group, KERRY).then().statusCode(200);

    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/fhir/Appointment/" + group)
        .then()
        .statusCode(200)
        .body("participant.actor.reference", hasItem("Patient/" + KERRY))
        .body("participant.actor.reference", not(hasItem("Patient/" + other)))
        .body("participant.actor.reference", not(hasItem("Patient/" + clinic.client)))
        .body("participant.actor.reference", hasItem("Practitioner/" + clinic.therapist));
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/fhir/Appointment/" + group)
        .then()
        .statusCode(200)
        .body("participant.actor.reference", hasItem("Patient/" + other));

    List<Map<String, Object>> seen = history(DemoUser.KERRY, group);
    assertEquals(List.of("BOOKED", "JOINED"), seen.stream().map(c -> c.get("action")).toList());
    assertFalse(
        seen.stream().anyMatch(c -> other.toString().equals(c.get("changedBy"))),
        "another participant never shows up");
    assertEquals(3, history(DemoUser.CORA_COORDINATOR, group).size());
  }

  @Test
  void onlyStaffCancelAGroupAndOthersHearACodeNeverTheNote() {
    Clinic clinic = new Clinic(clients, THURSDAY_5PM.minus(10, ChronoUnit.DAYS));
    clinic.enroll(KERRY, true, true);
    // Kerry books the group herself, with her own therapist; another client joins.
    String group =
        Clinic.book(
                DemoUser.KERRY,
                clinic.booking(
                    "group-integration",
                    KERRY,
                    THURSDAY_5PM.plus(14, ChronoUnit.DAYS),
                    List.of(clinic.therapist),
                    null,
                    null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    UUID other = UUID.randomUUID();
    clinic.enroll(other, true, true);
    join(DemoUser.CORA_COORDINATOR, group, other).then().statusCode(200);

    cancel(DemoUser.KERRY, group, Map.of("reason", "CLIENT_REQUEST"))
        .then()
        .statusCode(403)
        .body("type", equalTo(PROBLEMS + "group-session-changed-by-staff"));
    cancel(DemoUser.CORA_COORDINATOR, group, Map.of("reason", "Kerry is in hospital again"))
        .then()
        .statusCode(400)
        .body("detail", org.hamcrest.Matchers.containsString("CLINIC_CLOSED"));

    String note = "water leak in the group room";
    try (TopicReader topic = TopicReader.fromNow(Topics.SCHEDULING_EVENTS)) {
      cancel(DemoUser.CORA_COORDINATOR, group, Map.of("reason", "CLINIC_CLOSED", "note", note))
          .then()
          .statusCode(200)
          .body("cancelReason", equalTo("CLINIC_CLOSED"))
          .body("cancelNote", equalTo(note));
      var events =
          topic.await(
              TopicReader.event(other.toString(), AppointmentChanged.Step.CANCELLED.type),
              1,
              Duration.ofSeconds(20));
      assertEquals(1, events.size());
      JsonNode data = TopicReader.json(events.get(0).value()).path("data");
      assertEquals("CLINIC_CLOSED", data.path("reason").asText());
      assertFalse(events.get(0).value().contains(note), "the note never leaves the service");
    }
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/appointments/" + group)
        .then()
        .statusCode(200)
        .body("cancelReason", equalTo("CLINIC_CLOSED"))
        .body("cancelNote", nullValue())
        .body("clientIds", contains(KERRY.toString()));
    List<Map<String, Object>> mine = history(DemoUser.KERRY, group);
    assertEquals("CLINIC_CLOSED", mine.get(mine.size() - 1).get("reason"));
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/appointments/" + group + "/history")
        .then()
        .body("items.note", everyItem(nullValue()))
        .body("items", hasSize(mine.size()));
    List<Map<String, Object>> staff = history(DemoUser.CORA_COORDINATOR, group);
    assertEquals(note, staff.get(staff.size() - 1).get("note"));
  }

  private String group(Clinic clinic, Instant at) {
    return Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "group-integration", clinic.client, at, List.of(clinic.therapist), null, null))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static List<Map<String, Object>> history(DemoUser as, String appointment) {
    return given()
        .header("Authorization", as.bearer())
        .get("/appointments/" + appointment + "/history")
        .then()
        .statusCode(200)
        .extract()
        .path("items");
  }

  private static Response cancel(DemoUser as, String appointment, Map<String, String> body) {
    String etag =
        given()
            .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
            .get("/appointments/" + appointment)
            .header("ETag");
    return given()
        .header("Authorization", as.bearer())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/appointments/" + appointment + "/cancel");
  }

  static Response join(DemoUser as, String appointment, UUID client) {
    return given()
        .header("Authorization", as.bearer())
        .contentType(ContentType.JSON)
        .body(Map.of("clientId", client))
        .post("/appointments/" + appointment + "/clients");
  }
}
