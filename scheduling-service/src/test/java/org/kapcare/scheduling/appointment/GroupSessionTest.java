package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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

/** Group integration: one therapist, several clients, each holding their own time. */
@QuarkusTest
class GroupSessionTest {

  /** Thursday 9 September 2027, 17:00 in Los Angeles. */
  private static final Instant THURSDAY_5PM = Instant.parse("2027-09-10T00:00:00Z");

  @Inject ClientProjection clients;

  @Test
  void clientsJoinAGroupSessionUntilItIsFull() {
    Clinic clinic = new Clinic(clients, THURSDAY_5PM.minus(10, ChronoUnit.DAYS));
    String group =
        Clinic.book(
                DemoUser.CORA_COORDINATOR,
                clinic.booking(
                    "group-integration",
                    clinic.client,
                    THURSDAY_5PM,
                    List.of(clinic.therapist),
                    null,
                    null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (int i = 0; i < 7; i++) {
      UUID member = UUID.randomUUID();
      clinic.enroll(member, true, true);
      join(DemoUser.CORA_COORDINATOR, group, member).then().statusCode(200);
    }
    UUID late = UUID.randomUUID();
    clinic.enroll(late, true, true);
    join(DemoUser.CORA_COORDINATOR, group, late)
        .then()
        .statusCode(409)
        .body("type", equalTo("https://kapcare.org/problems/group-full"));
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/appointments/" + group)
        .then()
        .statusCode(200)
        .body("clientIds", hasSize(8));
  }

  @Test
  void aClientJoinsThemselvesSeesOnlyThemselvesAndCanLeave() {
    Clinic clinic = new Clinic(clients, THURSDAY_5PM.minus(10, ChronoUnit.DAYS));
    UUID kerry = UUID.fromString(DemoUser.KERRY.id());
    clinic.enroll(kerry, true, true);
    String group =
        Clinic.book(
                DemoUser.CORA_COORDINATOR,
                clinic.booking(
                    "group-integration",
                    clinic.client,
                    THURSDAY_5PM.plus(7, ChronoUnit.DAYS),
                    List.of(clinic.therapist),
                    null,
                    null))
            .path("id");
    join(DemoUser.KERRY, group, kerry)
        .then()
        .statusCode(200)
        .body("clientIds", contains(kerry.toString()));
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/appointments/" + group)
        .then()
        .statusCode(200)
        .body("clientIds", contains(kerry.toString()))
        .body("clientId", equalTo(kerry.toString()));
    // Her own time is held: she cannot be booked elsewhere then.
    Clinic.book(
            DemoUser.CORA_COORDINATOR,
            clinic.booking(
                "preparation",
                kerry,
                THURSDAY_5PM.plus(7, ChronoUnit.DAYS),
                List.of(clinic.therapist2),
                null,
                null))
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("booking_client_overlap"));
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .delete("/appointments/" + group + "/clients/" + kerry)
        .then()
        .statusCode(200);
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/appointments/" + group)
        .then()
        .statusCode(403);
  }

  @Test
  void onlyGroupTypesTakeMoreClients() {
    Clinic clinic = new Clinic(clients, THURSDAY_5PM.minus(10, ChronoUnit.DAYS));
    String single =
        Clinic.book(
                DemoUser.CORA_COORDINATOR,
                clinic.booking(
                    "preparation",
                    clinic.client,
                    THURSDAY_5PM.plus(14, ChronoUnit.DAYS),
                    List.of(clinic.therapist),
                    null,
                    null))
            .path("id");
    UUID other = UUID.randomUUID();
    clinic.enroll(other, true, true);
    join(DemoUser.CORA_COORDINATOR, single, other)
        .then()
        .statusCode(409)
        .body("type", equalTo("https://kapcare.org/problems/not-a-group-session"));
  }

  private static io.restassured.response.Response join(
      DemoUser as, String appointment, UUID client) {
    return given()
        .header("Authorization", as.bearer())
        .contentType(ContentType.JSON)
        .body(Map.of("clientId", client))
        .post("/appointments/" + appointment + "/clients");
  }
}
