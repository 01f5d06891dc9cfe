package org.kapcare.scheduling.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.appointment.ClinicFixture;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;
import org.kapcare.testing.Tokens;

/**
 * FHIR R4 Schedule, Slot and Appointment, read with a partner clinic's client-credentials token.
 */
@QuarkusTest
class FhirResourceTest {

  /** Wednesday 1 September 2027 in Los Angeles (PDT, UTC-7). */
  private static final Instant MIDNIGHT = Instant.parse("2027-09-01T07:00:00Z");

  @Inject ClientProjection clients;

  @Test
  void partnerReadsScheduleAndFreeAndBusySlots() {
    ClinicFixture clinic = ClinicFixture.open(clients, MIDNIGHT.minus(10, ChronoUnit.DAYS));
    clinic.bookPreparation(MIDNIGHT.plus(10, ChronoUnit.HOURS));
    given()
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .get("/fhir/Schedule/" + clinic.therapist())
        .then()
        .statusCode(200)
        .contentType("application/fhir+json")
        .body("resourceType", equalTo("Schedule"))
        .body("actor[0].reference", equalTo("Practitioner/" + clinic.therapist()));
    given()
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .queryParam("schedule", "Schedule/" + clinic.therapist())
        .queryParam("start", "ge" + MIDNIGHT)
        .queryParam("start", "lt" + MIDNIGHT.plus(1, ChronoUnit.DAYS))
        .get("/fhir/Slot")
        .then()
        .statusCode(200)
        .body("resourceType", equalTo("Bundle"))
        .body("type", equalTo("searchset"))
        .body("entry.resource.status", contains("free", "busy", "free"))
        .body("entry.resource.start", hasItem("2027-09-01T13:00:00Z"))
        .body("entry[1].resource.start", equalTo("2027-09-01T17:00:00Z"))
        .body("entry[1].resource.end", equalTo("2027-09-01T18:00:00Z"))
        .body("entry[2].resource.end", equalTo("2027-09-02T05:00:00Z"));
  }

  @Test
  void appointmentsAreForTheCareTeamNotForPartners() {
    ClinicFixture clinic = ClinicFixture.open(clients, MIDNIGHT.minus(10, ChronoUnit.DAYS));
    String id = clinic.bookDosing(MIDNIGHT.plus(9, ChronoUnit.HOURS));
    given()
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .get("/fhir/Appointment/" + id)
        .then()
        .statusCode(403);
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/fhir/Appointment/" + id)
        .then()
        .statusCode(200)
        .body("resourceType", equalTo("Appointment"))
        .body("status", equalTo("booked"))
        .body("participant.actor.reference", hasItem("Patient/" + clinic.client()));
  }

  @Test
  void slotSearchNeedsABoundedRange() {
    given()
        .header("Authorization", "Bearer " + Tokens.partnerClinic())
        .queryParam("schedule", "Schedule/" + java.util.UUID.randomUUID())
        .queryParam("start", "ge" + MIDNIGHT)
        .get("/fhir/Slot")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
