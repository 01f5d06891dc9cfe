package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/** Only the client's care team, or staff booking on purpose, are put on a client's appointment. */
@QuarkusTest
class CareTeamBookingTest {

  /** Tuesday 11 April 2028, 10:00 in Los Angeles. */
  private static final Instant TUESDAY_10AM = Instant.parse("2028-04-11T17:00:00Z");

  private static final UUID KERRY = UUID.fromString(DemoUser.KERRY.id());

  @Inject ClientProjection clients;

  @Test
  void aClientBooksOnlyWithTheirOwnCareTeam() {
    Clinic clinic = new Clinic(clients, TUESDAY_10AM.minus(10, ChronoUnit.DAYS));
    clinic.enroll(KERRY, true, true);
    Clinic.book(
            DemoUser.KERRY,
            clinic.booking(
                "preparation", KERRY, TUESDAY_10AM, List.of(clinic.therapist2), null, null))
        .then()
        .statusCode(403)
        .body("type", equalTo("https://kapcare.org/problems/provider-off-care-team"));
    Clinic.book(
            DemoUser.KERRY,
            clinic.booking(
                "preparation", KERRY, TUESDAY_10AM, List.of(clinic.therapist), null, null))
        .then()
        .statusCode(201);
  }

  @Test
  void staffBookAnyProviderOnPurpose() {
    Clinic clinic = new Clinic(clients, TUESDAY_10AM.minus(10, ChronoUnit.DAYS));
    Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "preparation",
                clinic.client,
                TUESDAY_10AM.plus(1, ChronoUnit.DAYS),
                List.of(clinic.therapist2),
                null,
                null))
        .then()
        .statusCode(201);
  }

  @Test
  void aClientWaitsOnlyForTheirCareTeam() {
    Clinic clinic = new Clinic(clients, TUESDAY_10AM.minus(10, ChronoUnit.DAYS));
    clinic.enroll(KERRY, true, true);
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "clientId",
                KERRY,
                "typeCode",
                "preparation",
                "locationId",
                clinic.location,
                "providerId",
                clinic.therapist2))
        .post("/waitlist")
        .then()
        .statusCode(403)
        .body("type", equalTo("https://kapcare.org/problems/provider-off-care-team"));
  }

  @Test
  void slotSearchOffersAClientOnlyTheirCareTeam() {
    Clinic clinic = new Clinic(clients, TUESDAY_10AM.minus(10, ChronoUnit.DAYS));
    // A client with no therapist assigned: staff see every therapist, the client none off-team.
    UUID noTeam = UUID.fromString(DemoUser.ROBIN.id());
    clinic.enroll(noTeam, true, true);
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .run(
            () ->
                clients.careTeamAssigned(
                    new org.kapcare.contracts.clinical.CareTeamAssigned(
                        noTeam.toString(), null, null, null, List.of(), null, Instant.now())));
    String from = TUESDAY_10AM.plus(2, ChronoUnit.DAYS).toString();
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .queryParam("type", "preparation")
        .queryParam("clientId", noTeam)
        .queryParam("locationId", clinic.location)
        .queryParam("from", from)
        .queryParam("days", 1)
        .get("/slots")
        .then()
        .statusCode(200)
        .body("$", not(hasSize(0)));
    given()
        .header("Authorization", DemoUser.ROBIN.bearer())
        .queryParam("type", "preparation")
        .queryParam("clientId", noTeam)
        .queryParam("locationId", clinic.location)
        .queryParam("from", from)
        .queryParam("days", 1)
        .get("/slots")
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
  }
}
