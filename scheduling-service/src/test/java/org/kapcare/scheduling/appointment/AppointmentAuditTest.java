package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/**
 * A client's appointments are PHI (a dosing session says what treatment they have): every read and
 * change by a person, allowed or refused, is in the audit trail an admin queries.
 */
@QuarkusTest
class AppointmentAuditTest {

  /** Thursday 13 April 2028, 10:00 in Los Angeles. */
  private static final Instant THURSDAY_10AM = Instant.parse("2028-04-13T17:00:00Z");

  @Inject ClientProjection clients;

  @Test
  void everyReadAndChangeOfAnAppointmentIsAuditedAllowedOrRefused() {
    Clinic clinic = new Clinic(clients, THURSDAY_10AM.minus(10, ChronoUnit.DAYS));
    String appointment =
        Clinic.book(
                DemoUser.CORA_COORDINATOR,
                clinic.booking(
                    "preparation",
                    clinic.client,
                    THURSDAY_10AM,
                    List.of(clinic.therapist),
                    null,
                    null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/appointments/{id}", appointment)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/appointments/{id}", appointment)
        .then()
        .statusCode(403);

    List<Map<String, Object>> trail =
        given()
            .header("Authorization", DemoUser.ADAM_ADMIN.bearer())
            .queryParam("clientId", clinic.client)
            .queryParam("limit", 200)
            .get("/audit")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    assertTrue(has(trail, DemoUser.CORA_COORDINATOR, "WRITE", "ALLOWED", appointment), "booking");
    assertTrue(has(trail, DemoUser.CORA_COORDINATOR, "READ", "ALLOWED", appointment), "read");
    assertTrue(has(trail, DemoUser.KERRY, "READ", "DENIED", appointment), "refusal");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/audit")
        .then()
        .statusCode(403);
  }

  private static boolean has(
      List<Map<String, Object>> trail, DemoUser who, String action, String outcome, String id) {
    return trail.stream()
        .anyMatch(
            e ->
                who.id().equals(e.get("actorId"))
                    && action.equals(e.get("action"))
                    && outcome.equals(e.get("outcome"))
                    && "appointment".equals(e.get("resource"))
                    && id.equals(e.get("resourceId")));
  }
}
