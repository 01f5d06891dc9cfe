package org.kapcare.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kapcare.testing.DemoUser;

/** GET /api/clinic/board over real HTTP to stub services, healthy and stopped. */
@QuarkusTest
@QuarkusTestResource(value = StubServices.class, restrictToAnnotatedClass = true)
class ClinicBoardTest {

  @AfterEach
  void healServices() {
    StubServices.DELAY.clear();
    StubServices.restart("records");
    StubServices.restart("scheduling");
  }

  @Test
  void shouldShowTheDaysSessionsPerRoomForTheCoordinator() {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/api/clinic/board?date=2026-12-03")
        .then()
        .statusCode(200)
        .body("date", equalTo("2026-12-03"))
        .body("missing", empty())
        .body("rooms.name", contains("Birch room", "Cedar room", null))
        .body("rooms[1].sessions[0].status", equalTo("CHECKED_IN"))
        .body("rooms[2].roomId", nullValue())
        .body("checkedIn", hasSize(1))
        .body("checkedIn[0].clientIds[0]", equalTo(DemoUser.KERRY.id()))
        .body("urgentAlerts", hasSize(1))
        .body("urgentAlerts[0].kind", equalTo("VITALS_ALERT"))
        // Coordinators receive no handoffs: the part is not asked for, and not missing.
        .body("handoffs", nullValue());
    String query = StubServices.LAST_QUERY.get("scheduling /appointments");
    assertFalse(query.contains("providerId"), "coordinators see the whole clinic: " + query);
  }

  @Test
  void shouldCountTheDayInEachSitesOwnZone() {
    // Sessions at 23:30 local either side of the board's day, in New York (UTC-5) and in Denver
    // (UTC-7): the Denver one at 23:30 on the 3rd is 01:30 on the 4th in New York.
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/api/clinic/board?date=2026-12-03")
        .then()
        .statusCode(200)
        .body(
            "rooms.sessions.flatten().appointmentId",
            containsInAnyOrder(
                "00000000-0000-4000-8000-000000000001",
                "00000000-0000-4000-8000-000000000002",
                "00000000-0000-4000-8000-000000000003",
                "00000000-0000-4000-8000-000000000006",
                "00000000-0000-4000-8000-000000000007"))
        .body(
            "rooms.sessions.flatten().find { it.appointmentId.endsWith('06') }.timeZone",
            equalTo("America/Denver"))
        .body("checkedIn[0].timeZone", equalTo("America/New_York"));
    // Scheduling is asked for every instant that is the 3rd somewhere (UTC+14 to UTC-12).
    String query = StubServices.LAST_QUERY.get("scheduling /appointments");
    assertTrue(query.contains("from=2026-12-02T10:00:00Z"), query);
    assertTrue(query.contains("to=2026-12-04T12:00:00Z"), query);
  }

  @Test
  void shouldShowAClinicianTheirSessionsAndOpenHandoffs() {
    given()
        .header("Authorization", DemoUser.TESS_THERAPIST.bearer())
        .get("/api/clinic/board?date=2026-12-03")
        .then()
        .statusCode(200)
        .body("missing", empty())
        .body("handoffs", hasSize(1))
        .body("handoffs[0].priority", equalTo("URGENT"));
    assertTrue(
        StubServices.LAST_QUERY
            .get("scheduling /appointments")
            .contains("providerId=" + DemoUser.TESS_THERAPIST.id()));
  }

  @Test
  void shouldGivePartialBoardWhenRecordsServiceIsStopped() {
    StubServices.stopService("records");
    given()
        .header("Authorization", DemoUser.NINA_NURSE.bearer())
        .get("/api/clinic/board?date=2026-12-03")
        .then()
        .statusCode(200)
        .body("missing", contains("handoffs"))
        .body("handoffs", nullValue())
        .body("rooms", hasSize(3))
        .body("urgentAlerts", hasSize(1));
  }

  @Test
  void shouldGivePartialBoardWhenSchedulingServiceIsStopped() {
    StubServices.stopService("scheduling");
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/api/clinic/board?date=2026-12-03")
        .then()
        .statusCode(200)
        .body("missing", contains("sessions"))
        .body("rooms", nullValue())
        .body("checkedIn", nullValue())
        .body("urgentAlerts", hasSize(1));
  }

  @Test
  void shouldRefuseClientsAndPartners() {
    given()
        .header("Authorization", DemoUser.KERRY.bearer())
        .get("/api/clinic/board?date=2026-12-03")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", "Bearer " + org.kapcare.testing.Tokens.partnerClinic())
        .get("/api/clinic/board?date=2026-12-03")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldRefuseABoardWithoutDate() {
    given()
        .header("Authorization", DemoUser.CORA_COORDINATOR.bearer())
        .get("/api/clinic/board?date=tomorrow")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }
}
