package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/** Slot search applies the booking rules and the calendar as it stands. */
@QuarkusTest
class SlotSearchTest {

  /** Monday 7 June 2027, 06:00 in Los Angeles (PDT). */
  private static final Instant MONDAY_6AM = Instant.parse("2027-06-07T13:00:00Z");

  @Inject ClientProjection clients;

  @Test
  void slotSearchSkipsBookedTimeAndStartsAtWorkingHours() {
    Clinic clinic = new Clinic(clients, MONDAY_6AM.minus(10, ChronoUnit.DAYS));
    Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "preparation", clinic.client, MONDAY_6AM, List.of(clinic.therapist), null, null))
        .then()
        .statusCode(201);
    search(clinic, "preparation", clinic.client, MONDAY_6AM.minus(2, ChronoUnit.HOURS), null, null)
        .then()
        .statusCode(200)
        .body(
            "startsAt",
            contains("2027-06-07T14:00:00Z", "2027-06-07T14:15:00Z", "2027-06-07T14:30:00Z"))
        .body("[0].providerIds", contains(clinic.therapist.toString()));
  }

  @Test
  void slotSearchHonoursPreferredTimesInTheClinicsZone() {
    Clinic clinic = new Clinic(clients, MONDAY_6AM.minus(10, ChronoUnit.DAYS));
    search(clinic, "preparation", clinic.client, MONDAY_6AM, "14:00", "16:00")
        .then()
        .statusCode(200)
        .body(
            "startsAt",
            contains("2027-06-07T21:00:00Z", "2027-06-07T21:15:00Z", "2027-06-07T21:30:00Z"));
  }

  @Test
  void dosingSlotsNeedEveryDosingRule() {
    Clinic clinic = new Clinic(clients, MONDAY_6AM.minus(10, ChronoUnit.DAYS));
    UUID unprepared = UUID.randomUUID();
    clinic.enroll(unprepared, true, false);
    search(clinic, "dosing-sublingual", unprepared, MONDAY_6AM, null, null)
        .then()
        .statusCode(200)
        .body("$", empty());
    search(clinic, "dosing-sublingual", clinic.client, MONDAY_6AM, null, null)
        .then()
        .statusCode(200)
        .body("$", hasSize(3))
        .body("[0].roomId", equalTo(clinic.room.toString()));
  }

  @Test
  void ivDosingFindsANurseAtTheSiteBesideTheClientsTherapist() {
    Clinic clinic = new Clinic(clients, MONDAY_6AM.minus(10, ChronoUnit.DAYS));
    search(clinic, "dosing-iv", clinic.client, MONDAY_6AM, null, null)
        .then()
        .statusCode(200)
        .body("$", hasSize(3))
        .body(
            "[0].providerIds",
            org.hamcrest.Matchers.containsInAnyOrder(
                clinic.therapist.toString(), clinic.nurse.toString()));
  }

  @Test
  void aClientSearchesOnlyTheirOwnSelfBookableSlots() {
    Clinic clinic = new Clinic(clients, MONDAY_6AM.minus(10, ChronoUnit.DAYS));
    given()
        .header("Authorization", DemoUser.ROBIN.bearer())
        .queryParam("type", "preparation")
        .queryParam("clientId", clinic.client)
        .queryParam("locationId", clinic.location)
        .queryParam("from", MONDAY_6AM.toString())
        .get("/slots")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void missingOrMalformedParametersAreClearErrors() {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .queryParam("type", "preparation")
        .get("/slots")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static io.restassured.response.Response search(
      Clinic clinic,
      String type,
      UUID client,
      Instant from,
      String preferredStart,
      String preferredEnd) {
    var request =
        given()
            .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
            .queryParam("type", type)
            .queryParam("clientId", client)
            .queryParam("locationId", clinic.location)
            .queryParam("from", from.toString())
            .queryParam("days", 2)
            .queryParam("limit", 3);
    if (preferredStart != null) {
      request =
          request
              .queryParam("preferredStart", preferredStart)
              .queryParam("preferredEnd", preferredEnd);
    }
    return request.get("/slots");
  }
}
