package org.kapcare.scheduling.client;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.contracts.Topics;
import org.kapcare.contracts.clinical.CareTeamAssigned;
import org.kapcare.contracts.clinical.ClientEnrolled;
import org.kapcare.testing.CloudEvents;
import org.kapcare.testing.DemoUser;

/** Scheduling learns a client's time zone and care team from the real clinical topic. */
@QuarkusTest
class ClientProjectionTest {

  @Test
  void knowsTheClientsTherapistAndPrescriberFromClinicalEvents() {
    String clientId = UUID.randomUUID().toString();
    CloudEvents.publish(
        Topics.CLINICAL_EVENTS,
        UUID.randomUUID().toString(),
        ClientEnrolled.TYPE,
        clientId,
        new ClientEnrolled(
            clientId,
            "Sam",
            "sam@test.kapcare.org",
            null,
            false,
            "Europe/Dublin",
            "en",
            Instant.now()));
    CloudEvents.publish(
        Topics.CLINICAL_EVENTS,
        UUID.randomUUID().toString(),
        CareTeamAssigned.TYPE,
        clientId,
        new CareTeamAssigned(
            clientId,
            DemoUser.TESS_THERAPIST.id(),
            DemoUser.PAULA_PRESCRIBER.id(),
            DemoUser.TESS_THERAPIST.id(),
            List.of(),
            null,
            Instant.now()));

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
                    .get("/clients/" + clientId)
                    .then()
                    .statusCode(200)
                    .body("timeZone", equalTo("Europe/Dublin"))
                    .body("therapistId", equalTo(DemoUser.TESS_THERAPIST.id()))
                    .body("prescriberId", equalTo(DemoUser.PAULA_PRESCRIBER.id())));
  }

  @Test
  void clientRoleCannotReadSchedulingContext() {
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/clients/" + DemoUser.KERRY.id())
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }
}
