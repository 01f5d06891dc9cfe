package org.kapcare.scheduling.appointment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kapcare.scheduling.client.ClientProjection;
import org.kapcare.testing.DemoUser;

/** A freed slot goes to the first waiting client, is held while offered, and lapses to the next. */
@QuarkusTest
class WaitlistTest {

  private static final Instant TUESDAY_10AM = Instant.parse("2027-08-03T17:00:00Z");

  @Inject ClientProjection clients;

  @Test
  void freedSlotIsOfferedInTurnAndTheOfferLapsesToTheNextClient() {
    Clinic clinic = new Clinic(clients, TUESDAY_10AM.minus(10, ChronoUnit.DAYS));
    String booked =
        Clinic.book(DemoUser.CORA_COORDINATOR, preparation(clinic, clinic.client)).path("id");
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    clinic.enroll(first, true, true);
    clinic.enroll(second, true, true);
    String firstEntry = join(clinic, first);
    String secondEntry = join(clinic, second);

    cancel(booked);
    JsonPath offer = entry(first, firstEntry);
    org.junit.jupiter.api.Assertions.assertEquals("OFFERED", offer.getString("status"));
    // The offer holds the slot: nobody else can book it meanwhile.
    UUID third = UUID.randomUUID();
    clinic.enroll(third, true, true);
    Clinic.book(DemoUser.CORA_COORDINATOR, preparation(clinic, third))
        .then()
        .statusCode(409)
        .body("type", equalTo("https://kapcare.org/problems/overlap"));

    // Not accepted in time: the next client gets it.
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> "OFFERED".equals(entry(second, secondEntry).getString("status")));
    org.junit.jupiter.api.Assertions.assertEquals(
        "EXPIRED", entry(first, firstEntry).getString("status"));
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .post("/waitlist/" + firstEntry + "/accept")
        .then()
        .statusCode(409)
        .body("type", equalTo("https://kapcare.org/problems/no-open-offer"));

    String held = entry(second, secondEntry).getString("offerAppointmentId");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .post("/waitlist/" + secondEntry + "/accept")
        .then()
        .statusCode(200)
        .body("status", equalTo("BOOKED"));
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/appointments/" + held)
        .then()
        .statusCode(200)
        .body("status", equalTo("BOOKED"))
        .body("clientId", equalTo(second.toString()));
  }

  @Test
  void aClientSeesOnlyTheirOwnEntries() {
    Clinic clinic = new Clinic(clients, TUESDAY_10AM.minus(10, ChronoUnit.DAYS));
    given()
        .header("Authorization", DemoUser.ROBIN.bearer())
        .queryParam("clientId", clinic.client)
        .get("/waitlist")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  private static Map<String, Object> preparation(Clinic clinic, UUID client) {
    return clinic.booking(
        "preparation", client, TUESDAY_10AM, List.of(clinic.therapist), null, null);
  }

  private static String join(Clinic clinic, UUID client) {
    return given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "clientId",
                client,
                "typeCode",
                "preparation",
                "locationId",
                clinic.location,
                "providerId",
                clinic.therapist))
        .post("/waitlist")
        .then()
        .statusCode(201)
        .body("status", equalTo("WAITING"))
        .extract()
        .path("id");
  }

  private static void cancel(String id) {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "ILLNESS", "note", "client unwell"))
        .post("/appointments/" + id + "/cancel")
        .then()
        .statusCode(200);
  }

  private static JsonPath entry(UUID client, String entryId) {
    JsonPath entries =
        given()
            .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
            .queryParam("clientId", client)
            .get("/waitlist")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    int index = entries.getList("items.id").indexOf(entryId);
    return entries.setRootPath("items[" + index + "]");
  }
}
